using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Cli.Rendering;

/// <summary>How a claim reads in one line of a tree or table (markup-safe).</summary>
public static class ClaimText
{
    public static string Modality(Modality modality) => modality switch
    {
        Casus.Core.Claims.Modality.Asserted => "[green]asserted[/]",
        Casus.Core.Claims.Modality.Negated => "[red]negated[/]",
        _ => $"[yellow]{modality.ToSnake()}[/]",
    };

    public static string Tie(Tie tie, KnowledgeBase knowledge)
    {
        var sign = tie.Sign > 0 ? "[green]+[/]" : "[red]−[/]";
        var dates = tie.From is null && tie.Until is null ? "" : $" {Text.Date(tie.From)} … {(tie.Until is null ? "" : Text.Date(tie.Until))}";
        var contested = tie.IsContested ? " [red]contested[/]" : "";
        return $"{Text.Safe(knowledge.NameOf(tie.Source))} → {Text.Safe(knowledge.NameOf(tie.Target))}  [bold]{tie.Type.ToSnake()}[/] {sign}  "
             + $"{Modality(tie.StrongestModality)} ×{tie.Corroboration} ({tie.DistinctOutlets} outlet{(tie.DistinctOutlets == 1 ? "" : "s")}){Text.Safe(dates)}{contested}";
    }

    public static string Claim(TieClaim claim)
    {
        var extras = new List<string>();
        if (claim.Attribution is not null) extras.Add("per " + claim.Attribution);
        if (claim.Condition is not null) extras.Add("if: " + claim.Condition);
        if (claim.ClauseList.Count > 0) extras.Add(string.Join(", ", claim.ClauseList.Select(c => $"{c.Kind}: {(c.Present ? "yes" : "no")}")));
        var extra = extras.Count > 0 ? " [grey](" + Text.Safe(string.Join("; ", extras)) + ")[/]" : "";
        return $"{Modality(claim.Modality)}{extra} {Text.Quote(claim.Evidence.Sentence, 160)} [grey]— {Source(claim.Evidence)}[/]";
    }

    public static string Source(Evidence evidence) =>
        Text.Safe($"{evidence.Outlet ?? "unknown outlet"}, {evidence.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}");
}
