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
        // A symmetric tie stored both ways from one sentence is one row (↔) and one claim in the count.
        var claims = MirroredClaims.Collapse(knowledge.ClaimsOf(a.Id).Where(c => c.Mentions(b.Id)));
        var table = new Table().Border(TableBorder.Rounded).Expand()
            .AddColumn("direction").AddColumn("type").AddColumn("modality").AddColumn("sentence").AddColumn("source");
        foreach (var (claim, bothWays) in claims.OrderBy(c => c.Claim.Evidence.Date).ThenBy(c => c.Claim.Type))
        {
            table.AddRow(
                Text.Safe($"{knowledge.NameOf(claim.Source)} {(bothWays ? "↔" : "→")} {knowledge.NameOf(claim.Target)}"),
                claim.Type.ToSnake(),
                ClaimText.Modality(claim.Modality),
                Text.Safe(claim.Evidence.Sentence),
                ClaimText.Source(claim.Evidence));
        }
        if (claims.Count > 0) AnsiConsole.Write(table);
        var sentences = claims.Select(c => (c.Claim.Evidence.DocumentId, c.Claim.Evidence.Start)).Distinct().Count();
        AnsiConsole.MarkupLine($"{claims.Count} claims between {Text.Safe(a.Name)} and {Text.Safe(b.Name)}, from {sentences} sentence{(sentences == 1 ? "" : "s")}"
                               + (claims.Any(c => c.BothWays) ? " (↔: a tie stated both ways, counted once)" : ""));
    }
}
