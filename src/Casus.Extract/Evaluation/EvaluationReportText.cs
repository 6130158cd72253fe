using System.Globalization;
using System.Text;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>Plain-text rendering of an <see cref="EvaluationReport"/> for the CLI and test logs.</summary>
public static class EvaluationReportText
{
    public static string Render(EvaluationReport report, int maxListed = 40)
    {
        var text = new StringBuilder();
        var o = report.Overall;
        text.AppendLine(Invariant($"overall: precision {o.Precision:F3}  recall {o.Recall:F3}  F1 {o.F1:F3}  (gold {o.Gold}, predicted {o.Predicted}, matched {o.TruePositives})"));
        text.AppendLine(Invariant($"modality accuracy on matched claims: {report.ModalityAccuracy:F3} ({report.Matches.Count(m => m.ModalityCorrect)}/{report.Matches.Count})"));
        text.AppendLine(Invariant($"modality flattening (non-fact stored as asserted): {report.Flattenings.Count}"));
        text.AppendLine(Invariant($"details (dates, clauses, quantities, conditions) wrong: {report.DetailsWrong}/{report.DetailsChecked}"));
        if (report.MissingDocuments.Count > 0) text.AppendLine("documents with no extraction: " + string.Join(", ", report.MissingDocuments));

        Table(text, "kind", report.ByKind);
        Table(text, "document", report.ByDocument);

        List(text, "flattened", report.Flattenings.Select(f => $"{f.Predicted} ← gold {f.Gold} at {f.Gold.Origin} | {Quote(f.Predicted)}"), maxListed);
        List(text, "missed", report.Misses.Select(g => $"{g.Origin}  {g}"), maxListed);
        List(text, "false positives", report.FalsePositives.Select(p => $"{p.Document}: {p} | {Quote(p)}"), maxListed);
        List(text, "wrong modality", report.Matches.Where(m => !m.ModalityCorrect).Select(m => $"{m.Gold.Origin}  {m.Predicted} vs gold [{string.Join('|', m.Gold.Modalities.Select(x => x.ToSnake()))}]"), maxListed);
        List(text, "wrong details", report.Matches.Where(m => m.DetailMismatches.Count > 0).Select(m => $"{m.Gold.Origin}  {m.Predicted}: {string.Join("; ", m.DetailMismatches)}"), maxListed);
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, IReadOnlyDictionary<string, Scores> rows)
    {
        var width = Math.Max(title.Length, rows.Keys.DefaultIfEmpty("").Max(k => k.Length));
        text.AppendLine().AppendLine(Invariant($"{title.PadRight(width)}  gold  pred  match  precision  recall     F1"));
        foreach (var (name, s) in rows)
            text.AppendLine(Invariant($"{name.PadRight(width)}  {s.Gold,4}  {s.Predicted,4}  {s.TruePositives,5}  {s.Precision,9:F3}  {s.Recall,6:F3}  {s.F1,5:F3}"));
    }

    private static void List(StringBuilder text, string title, IEnumerable<string> items, int max)
    {
        var all = items.ToList();
        if (all.Count == 0) return;
        text.AppendLine().AppendLine(Invariant($"{title} ({all.Count}):"));
        foreach (var item in all.Take(max)) text.Append("  ").AppendLine(item);
        if (all.Count > max) text.AppendLine(Invariant($"  … {all.Count - max} more"));
    }

    /// <summary>The evidence sentence, shortened: enough to find it in the document.</summary>
    private static string Quote(PredictedClaim claim)
    {
        var sentence = claim.Evidence.Sentence.ReplaceLineEndings(" ");
        return sentence.Length <= 90 ? sentence : sentence[..87] + "...";
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
