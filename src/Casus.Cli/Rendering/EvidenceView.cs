using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary><c>casus evidence A B</c>: one row per claim between the two, either direction.</summary>
public static class EvidenceView
{
    public static void Render(KnowledgeBase knowledge, Actor a, Actor b)
    {
        var claims = knowledge.ClaimsOf(a.Id).Where(c => c.Mentions(b.Id)).ToList();
        var table = new Table().Border(TableBorder.Rounded).Expand()
            .AddColumn("direction").AddColumn("type").AddColumn("modality").AddColumn("sentence").AddColumn("source");
        foreach (var claim in claims.OrderBy(c => c.Evidence.Date).ThenBy(c => c.Type))
        {
            table.AddRow(
                Text.Safe($"{knowledge.NameOf(claim.Source)} → {knowledge.NameOf(claim.Target)}"),
                claim.Type.ToSnake(),
                ClaimText.Modality(claim.Modality),
                Text.Safe(claim.Evidence.Sentence),
                ClaimText.Source(claim.Evidence));
        }
        if (claims.Count > 0) AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{claims.Count} claims between {Text.Safe(a.Name)} and {Text.Safe(b.Name)}");
    }
}
