using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Workbench;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary><c>casus diff</c>: one row per changed tie, then the counts.</summary>
public static class DiffView
{
    public static void Render(KnowledgeBase knowledge, IReadOnlyList<TieChange> changes, DateOnly from, DateOnly to, Actor? actor)
    {
        var scope = actor is null ? "the network" : Text.Safe(actor.Name) + "'s ties";
        AnsiConsole.MarkupLine($"Changes in {scope} from {Text.Date(from)} to {Text.Date(to)}");
        if (changes.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("change").AddColumn("tie").AddColumn("type").AddColumn("before").AddColumn("after").AddColumn("latest source");
            foreach (var c in changes)
            {
                var latest = (c.After ?? c.Before)!.Claims.OrderByDescending(x => x.Evidence.Date).First().Evidence;
                table.AddRow(c.Kind.ToSnake().Replace('_', ' '),
                    Text.Safe($"{knowledge.NameOf(c.Source)} → {knowledge.NameOf(c.Target)}"),
                    c.Type.ToSnake(), State(c.Before), State(c.After), ClaimText.Source(latest));
            }
            AnsiConsole.Write(table);
        }
        var counts = Enum.GetValues<TieChangeKind>().Select(k => $"{changes.Count(c => c.Kind == k)} {k.ToSnake().Replace('_', ' ')}");
        AnsiConsole.MarkupLine(changes.Count == 0 ? "No tie changed." : string.Join(", ", counts));
    }

    private static string State(Tie? tie) => tie is null ? "—"
        : $"{(tie.Sign > 0 ? "cooperative" : "hostile")}, {tie.StrongestModality.ToSnake()}{(tie.IsContested ? " (contested)" : "")}, {tie.Corroboration} claims";
}
