using System.CommandLine;
using System.Text;
using System.Text.Json;
using Casus.History;
using Casus.Pipeline.Data;
using Casus.Pipeline.History;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus eval history [--plot FILE] [--json]</c>: the outside-view model out of sample on the historical case base,
/// fitted before the split year of data/history/split.tsv and tested after it, and cross-validated by crisis on
/// the years before the split; uniform, base rate and best constant level in the same run; a reliability diagram.
/// </summary>
public static class EvalHistoryCommand
{
    public static Command Create()
    {
        var plot = new Option<string>("--plot") { Description = "Write the reliability diagram of P(level >= 2) and P(level >= 3) (time split) as SVG" };
        var json = CommonOptions.Json();
        var command = new Command("history", "Score the outside-view model on historical crises (time split and cross-validation by crisis)") { plot, json };
        command.SetAction(parsed =>
        {
            var data = Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? ShippedData.FromDirectory(dir) : ShippedData.Embedded();
            var history = new HistoryKnowledge(data);
            var (year, folds) = history.Split();
            var outcomes = history.Outcomes();
            var time = HistoryEvaluation.TimeSplit(outcomes, year);
            // Cross-validation uses only the years before the split, so the test years stay unseen by any tuning.
            var cv = HistoryEvaluation.CrossValidated(outcomes.Where(o => o.Date.Year < year).ToArray(), folds);
            if (parsed.GetValue(plot) is { Length: > 0 } file)
                File.WriteAllText(file, ReliabilitySvg.Render($"Outside view, tested {year} on: reliability",
                    [("P(level ≥ 2)", "#1f77b4", time.AtLeast2), ("P(level ≥ 3)", "#d62728", time.AtLeast3)]), new UTF8Encoding(false));
            if (parsed.GetValue(json)) Console.Out.WriteLine(JsonSerializer.Serialize(new { time_split = Json(time), cross_validated = Json(cv) }));
            else Console.Out.Write(Render(time) + Render(cv));
            return CasusCli.Ok;
        });
        return command;
    }

    private static object Json(EvaluationBlock b) => new
    {
        design = b.Design,
        outcomes = b.Outcomes,
        cases = b.Cases,
        scores = b.Scores.ToDictionary(s => s.Forecaster, s => s.Rps),
        subsets = b.Subsets.Select(s => new { subset = s.Subset, outcomes = s.Outcomes, model = s.Model, base_rate = s.BaseRate }),
        reliability_at_least_2 = b.AtLeast2.Select(Bin),
        reliability_at_least_3 = b.AtLeast3.Select(Bin),
    };

    private static object Bin(Casus.Fit.ReliabilityBin b) => new { from = b.From, to = b.To, count = b.Count, forecast = b.MeanForecast, observed = b.ObservedRate };

    public static string Render(EvaluationBlock b)
    {
        var sb = new StringBuilder();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        sb.Append(inv, $"{b.Design}: {b.Outcomes} outcomes in {b.Cases} cases (mean RPS, lower is better)\n");
        foreach (var s in b.Scores) sb.Append(inv, $"  {s.Forecaster,-28} {s.Rps:F4}\n");
        sb.Append("  by subset                                   n    model  base rate\n");
        foreach (var s in b.Subsets) sb.Append(inv, $"  {s.Subset,-40} {s.Outcomes,6}  {s.Model:F4}  {s.BaseRate:F4}\n");
        foreach (var (label, bins) in new[] { ("P(level >= 2)", b.AtLeast2), ("P(level >= 3)", b.AtLeast3) })
        {
            sb.Append(inv, $"  reliability of {label}: bin, n, mean forecast, observed\n");
            foreach (var bin in bins.Where(x => x.Count > 0))
                sb.Append(inv, $"    {bin.From:F1}-{bin.To:F1} {bin.Count,6}  {bin.MeanForecast:F3}  {bin.ObservedRate:F3}{(bin.Count >= 20 && bin.Gap > 0.10 ? "  off by more than 0.10" : "")}\n");
        }
        return sb.ToString();
    }
}
