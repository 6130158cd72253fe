using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Casus.Core;
using Casus.History;
using Casus.Pipeline.Backtest;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus eval verdicts [--cases eval/backtest] [--plot FILE] [--list] [--score-test] [--json]</c>: the fitted verdict
/// model out of sample on the modern cases' tuning fold — leave one crisis out, and a time split (fit on the cases
/// posed before <see cref="TimeSplit"/>, score the later ones) — with uniform, base rate, best constant level, the
/// engine before fitting, structural only and text only in the same run; a reliability diagram; and, with
/// <c>--score-test</c>, the test fold scored by the model trained on the whole tuning fold (once, at the end).
/// </summary>
public static class EvalVerdictsCommand
{
    /// <summary>The time split inside the tuning fold (eval/backtest/README.md): fit before, score from this date on.</summary>
    public static readonly DateOnly TimeSplit = new(2022, 1, 1);

    public static Command Create()
    {
        var cases = VerdictCases.CasesOption();
        var corpus = VerdictCases.CorpusOption();
        var plot = new Option<string>("--plot") { Description = "Write the reliability diagram of P(level >= 2) and P(level >= 3) (cross-validated by crisis) as SVG" };
        var list = new Option<bool>("--list") { Description = "List every tuning outcome's cross-validated forecast and score" };
        var test = new Option<bool>("--score-test") { Description = "Also score the test fold (train on all of tuning): do this once, at the end" };
        var json = CommonOptions.Json();
        var command = new Command("verdicts", "Score the fitted verdict model on the modern cases (cross-validated by crisis and by time), with every baseline") { cases, corpus, plot, list, test, json };
        command.SetAction(parsed =>
        {
            var loaded = VerdictCases.Load(parsed.GetValue(cases)!);
            var scoreTest = parsed.GetValue(test);
            var unknown = loaded.FirstOrDefault(c => c.Fold is not (BacktestCase.Tuning or BacktestCase.Test));
            if (unknown is not null) throw new InputException($"case file {unknown.Origin}: fold '{unknown.Fold}' is neither tuning nor test");
            var chosen = loaded.Where(c => c.Fold == BacktestCase.Tuning || scoreTest).ToArray();
            if (!chosen.Any(c => c.Fold == BacktestCase.Tuning)) throw new InputException("no tuning case to fit on");
            var collected = VerdictCases.Collect(chosen, parsed.GetValue(corpus));
            var testNames = chosen.Where(c => c.Fold == BacktestCase.Test).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var tuning = collected.Where(o => !testNames.Contains(o.Case)).ToArray();
            var shape = VerdictCases.Shape();
            var blocks = new List<VerdictBlock>
            {
                VerdictEvaluation.CrossValidated(shape, tuning, "tuning fold, leave one crisis out"),
                VerdictEvaluation.Split(shape, tuning.Where(o => o.AsOf < TimeSplit).ToArray(), tuning.Where(o => o.AsOf >= TimeSplit).ToArray(),
                    string.Create(CultureInfo.InvariantCulture, $"tuning fold, time split: fit before {TimeSplit:yyyy-MM-dd}, score from it on")),
            };
            if (scoreTest)
                blocks.Add(VerdictEvaluation.Split(shape, tuning, collected.Where(o => testNames.Contains(o.Case)).ToArray(), "test fold (trained on the whole tuning fold)"));
            if (parsed.GetValue(plot) is { Length: > 0 } file)
                File.WriteAllText(file, ReliabilitySvg.Render("Verdicts on eval/backtest tuning, leave one crisis out",
                    [("P(level ≥ 2)", "#1f77b4", blocks[0].AtLeast2), ("P(level ≥ 3)", "#d62728", blocks[0].AtLeast3)], minCount: 20), new UTF8Encoding(false));
            if (parsed.GetValue(json)) Console.Out.WriteLine(JsonSerializer.Serialize(blocks.Select(Json)));
            else
            {
                foreach (var b in blocks) Console.Out.Write(Render(b));
                if (parsed.GetValue(list)) Console.Out.Write(List(blocks[0]));
            }
            return CasusCli.Ok;
        });
        return command;
    }

    private static object Json(VerdictBlock b) => new
    {
        design = b.Design,
        outcomes = b.Outcomes,
        cases = b.Cases,
        scores = b.Scores.ToDictionary(s => s.Forecaster, s => s.Rps),
        per_case = b.PerCase.Select(c => new { @case = c.Case, outcomes = c.Outcomes, casus = c.Model, base_rate = c.BaseRate }),
        reliability_at_least_2 = b.AtLeast2.Where(x => x.Count > 0).Select(x => new { from = x.From, to = x.To, count = x.Count, forecast = x.MeanForecast, observed = x.ObservedRate }),
        reliability_at_least_3 = b.AtLeast3.Where(x => x.Count > 0).Select(x => new { from = x.From, to = x.To, count = x.Count, forecast = x.MeanForecast, observed = x.ObservedRate }),
    };

    public static string Render(VerdictBlock b)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"{b.Design}: {b.Outcomes} outcomes in {b.Cases} crises (mean RPS, lower is better)\n");
        foreach (var s in b.Scores) sb.Append(inv, $"  {s.Forecaster,-34} {s.Rps:F4}\n");
        sb.Append("  per crisis                 n   Casus  base rate\n");
        foreach (var c in b.PerCase) sb.Append(inv, $"  {c.Case,-24} {c.Outcomes,3}  {c.Model:F3}  {c.BaseRate:F3}\n");
        foreach (var (label, bins) in new[] { ("P(level >= 2)", b.AtLeast2), ("P(level >= 3)", b.AtLeast3) })
        {
            sb.Append(inv, $"  reliability of {label}: bin, n, mean forecast, observed\n");
            foreach (var bin in bins.Where(x => x.Count > 0))
                sb.Append(inv, $"    {bin.From:F1}-{bin.To:F1} {bin.Count,5}  {bin.MeanForecast:F3}  {bin.ObservedRate:F3}{(bin.Count >= 20 && bin.Gap > 0.10 ? "  off by more than 0.10" : "")}\n");
        }
        return sb.ToString();
    }

    private static string List(VerdictBlock b)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("case\tactor\tnews\thistory\tobserved\tP0..P5 (cross-validated)\tRPS Casus\tRPS before fitting\n");
        foreach (var (o, p) in b.Forecasts)
        {
            var before = VerdictEvaluation.UnfittedForecast(o.Inputs);
            sb.Append(inv, $"{o.Case}\t{o.Actor}\t{(o.Inputs.Terms is null ? "-" : "yes")}\t{(o.Inputs.StructuralEta is { } e ? e.ToString("F2", inv) : "-")}\t{o.Level}\t");
            sb.Append(string.Join(' ', p.Select(x => x.ToString("F2", inv))));
            sb.Append(inv, $"\t{Casus.Fit.IntervalRps.Score(p, o.Level, o.Level):F3}\t{Casus.Fit.IntervalRps.Score(before, o.Level, o.Level):F3}\n");
        }
        return sb.ToString();
    }
}
