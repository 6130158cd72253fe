using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary><c>casus scenario</c>: one row per actor, in reading order: P(words), P(diplomacy), P(material+), P(fighting),
/// the probability of each level, and the main factors.</summary>
public static class ScenarioView
{
    /// <param name="limit">Only the first this many rows (at least 1); null lists every actor.</param>
    /// <param name="knownBy">Judged only on what was published by a date: the header line says so.</param>
    public static void Render(ScenarioResult result, KnowledgeBase knowledge, int? limit = null, Casus.Present.KnownByNote? knownBy = null)
    {
        var s = result.Scenario;
        var joiners = s.Joiners.Count == 0 ? "" : $"{string.Join(", ", s.Joiners.Select(knowledge.NameOf))} join{(s.Joiners.Count == 1 ? "s" : "")} ";
        AnsiConsole.MarkupLine($"[bold]If {Text.Safe(joiners)}{Text.Safe(string.Join(", ", s.Attackers.Select(knowledge.NameOf)))}'s war on {Text.Safe(knowledge.NameOf(s.Target))}[/]"
            + (s.AsOf is null ? "" : $" (as of {Text.Date(s.AsOf)})") + ": who helps, how far?"
            + (knownBy is null ? "" : $" [grey]({Text.Safe(knownBy.Describe())})[/]"));
        // The four chances a reader asks about first, then the whole distribution (whole percent, levels 0-5):
        // a two-peaked verdict's single most likely level or mean would hide what matters.
        var table = new Table().Border(TableBorder.Rounded).AddColumn("actor");
        foreach (var (from, _) in Headline.Thresholds) table.AddColumn(new TableColumn(Headline.Heading(from)).RightAligned());
        table.AddColumn(new TableColumn("% at level\n 0  1  2  3  4  5").RightAligned()).AddColumn("main factors");
        // The engine lists verdicts in reading order (Headline.ReadingOrder); keep it.
        var rows = Casus.Present.VerdictLimit.Top(result.Verdicts, limit);
        foreach (var verdict in rows)
        {
            // Worded as in the briefs: a body acts through its members, so the reader should see which rows are bodies.
            var name = knowledge.Find(verdict.Actor)?.Kind switch
            {
                ActorKind.Bloc => $"{Text.Safe(verdict.ActorName)} [grey](bloc)[/]",
                ActorKind.Organisation => $"{Text.Safe(verdict.ActorName)} [grey](organisation)[/]",
                _ => Text.Safe(verdict.ActorName),
            };
            var cells = new List<string> { name };
            cells.AddRange(Headline.Thresholds.Select(t => $"{Headline.Percent(verdict.AtLeast(t.From))}%"));
            cells.Add(string.Join(" ", verdict.Probabilities.Select(p => Headline.Percent(p).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(2))));
            cells.Add(Text.Safe(string.Join(", ", verdict.Factors.OrderByDescending(f => Math.Abs(f.Effect)).Take(3)
                .Select(f => $"{f.Name} {(f.Effect >= 0 ? "+" : "−")}{Text.Number(Math.Abs(f.Effect), "0.0")}"))));
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
        if (rows.Count < result.Verdicts.Count)
            AnsiConsole.MarkupLine($"[grey]{result.Verdicts.Count - rows.Count} more of {result.Verdicts.Count} actors, less likely to help, left out (--limit {rows.Count}).[/]");
        if (rows.Count > 0) AnsiConsole.MarkupLine($"[grey]{Text.Safe(Headline.Legend)}[/]");
        AnsiConsole.MarkupLine("[grey]Levels: 0 none · 1 rhetorical · 2 diplomatic · 3 material · 4 indirect military · 5 direct military. `casus brief` explains each verdict with citations.[/]");
    }
}
