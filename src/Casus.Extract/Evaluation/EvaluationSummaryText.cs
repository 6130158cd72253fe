using System.Globalization;
using System.Text;

namespace Casus.Extract.Evaluation;

/// <summary>
/// Several gold sets side by side (dev gold, news tuning half, news test half, …): one column per set
/// for today's extractor and, when a baseline is given, one for the baseline on the same gold.
/// "annotated kinds" rows score only predictions of kinds the set's gold uses anywhere: a gold written
/// before a kind existed can neither confirm nor refute it (the unscored count says how many).
/// </summary>
public static class EvaluationSummaryText
{
    public sealed record Column(string Set, EvaluationReport Now, EvaluationReport NowAnnotated, EvaluationReport? Before, EvaluationReport? BeforeAnnotated);

    public static string Render(IReadOnlyList<Column> columns, string extractor, string? baseline)
    {
        var headers = new List<string>();
        var reports = new List<(EvaluationReport All, EvaluationReport Annotated)>();
        foreach (var c in columns)
        {
            headers.Add($"{c.Set} now");
            reports.Add((c.Now, c.NowAnnotated));
            if (c.Before is not null)
            {
                headers.Add($"{c.Set} baseline");
                reports.Add((c.Before, c.BeforeAnnotated!));
            }
        }
        var rows = new List<(string Name, Func<EvaluationReport, EvaluationReport, string> Cell)>
        {
            ("precision", (a, _) => F(a.Overall.Precision)),
            ("recall", (a, _) => F(a.Overall.Recall)),
            ("F1", (a, _) => F(a.Overall.F1)),
            ("gold claims", (a, _) => I(a.Overall.Gold)),
            ("predicted", (a, _) => I(a.Overall.Predicted)),
            ("matched", (a, _) => I(a.Overall.TruePositives)),
            ("precision, annotated kinds", (_, k) => F(k.Overall.Precision)),
            ("F1, annotated kinds", (_, k) => F(k.Overall.F1)),
            ("unscored (other kinds)", (_, k) => I(k.Unscored)),
            ("modality accuracy", (a, _) => F(a.ModalityAccuracy)),
            ("flattened (non-fact stored as fact)", (a, _) => I(a.Flattenings.Count)),
            ("gold documents", (a, _) => I(a.ByDocument.Count)),
            ("documents without a tie", (a, _) => I(a.EmptyDocuments.Count + a.MissingDocuments.Count)),
        };
        var text = new StringBuilder();
        text.AppendLine($"extractor now: {extractor}" + (baseline is null ? "" : $"; baseline: {baseline}, scored by the same scorer on the same gold"));
        var first = rows.Max(r => r.Name.Length);
        var widths = headers.Select(h => Math.Max(h.Length, 6)).ToList();
        text.Append("".PadRight(first));
        for (var i = 0; i < headers.Count; i++) text.Append("  ").Append(headers[i].PadLeft(widths[i]));
        text.AppendLine();
        foreach (var (name, cell) in rows)
        {
            text.Append(name.PadRight(first));
            for (var i = 0; i < reports.Count; i++) text.Append("  ").Append(cell(reports[i].All, reports[i].Annotated).PadLeft(widths[i]));
            text.AppendLine();
        }
        foreach (var c in columns)
            if (c.Now.EmptyDocuments.Count > 0) text.AppendLine($"{c.Set}: no tie in " + string.Join(", ", c.Now.EmptyDocuments));
        return text.ToString();
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
