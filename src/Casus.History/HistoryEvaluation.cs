using System.Globalization;
using Casus.Fit;

namespace Casus.History;

/// <summary>Mean RPS of one forecaster over a set of outcomes.</summary>
public sealed record ScoreLine(string Forecaster, double Rps);

/// <summary>One evaluation design (a time split or cross-validation by crisis) and its scores.</summary>
public sealed record EvaluationBlock(string Design, int Outcomes, int Cases, IReadOnlyList<ScoreLine> Scores,
    IReadOnlyList<(string Subset, int Outcomes, double Model, double BaseRate)> Subsets,
    IReadOnlyList<ReliabilityBin> AtLeast2, IReadOnlyList<ReliabilityBin> AtLeast3)
{
    public double Of(string forecaster) => Scores.First(s => s.Forecaster == forecaster).Rps;
}

/// <summary>
/// Out-of-sample evaluation of the outside-view model on the historical case base, with baselines in the same run:
/// uniform, the base rate (the intercept-only ordinal model fitted on the same training part), the best constant
/// level (chosen in hindsight on the test part: a tougher baseline than any real forecaster has), and the model.
/// Two designs: fit before the split year and test after it; and k-fold cross-validation by crisis (every outcome
/// of one crisis falls in one fold, folds assigned by a stable hash of the crisis id).
/// </summary>
public static class HistoryEvaluation
{
    public const string Model = "structural model";
    public const string BaseRate = "base rate";
    public const string Uniform = "uniform";
    public const string BestConstant = "best constant level";

    public static EvaluationBlock TimeSplit(IReadOnlyList<HistoricalOutcome> outcomes, int splitYear)
    {
        var train = outcomes.Where(o => o.Date.Year < splitYear).ToArray();
        var test = outcomes.Where(o => o.Date.Year >= splitYear).ToArray();
        var (model, baseRate) = Predict(train, test);
        return Block($"time split: fit before {splitYear}, test {splitYear} on", test, model, baseRate);
    }

    public static EvaluationBlock CrossValidated(IReadOnlyList<HistoricalOutcome> outcomes, int folds)
    {
        var model = new double[outcomes.Count][];
        var baseRate = new double[outcomes.Count][];
        var fold = outcomes.Select(o => Fold(o.Crisis, folds)).ToArray();
        for (var f = 0; f < folds; f++)
        {
            var trainIdx = Enumerable.Range(0, outcomes.Count).Where(i => fold[i] != f).ToArray();
            var testIdx = Enumerable.Range(0, outcomes.Count).Where(i => fold[i] == f).ToArray();
            var (m, b) = Predict(trainIdx.Select(i => outcomes[i]).ToArray(), testIdx.Select(i => outcomes[i]).ToArray());
            for (var t = 0; t < testIdx.Length; t++) (model[testIdx[t]], baseRate[testIdx[t]]) = (m[t], b[t]);
        }
        return Block($"cross-validated by crisis ({folds} folds)", outcomes, model, baseRate);
    }

    /// <summary>A stable fold for a crisis id (FNV-1a: the same on every machine and run).</summary>
    public static int Fold(string crisis, int folds)
    {
        var hash = 2166136261u;
        foreach (var ch in crisis) hash = (hash ^ ch) * 16777619u;
        return (int)(hash % (uint)folds);
    }

    private static (double[][] Model, double[][] BaseRate) Predict(IReadOnlyList<HistoricalOutcome> train, IReadOnlyList<HistoricalOutcome> test)
    {
        var fit = StructuralModel.Fit(train);
        var intercept = StructuralModel.Fit(train, [], _ => []);
        var rate = intercept.Predict([]);
        return (test.Select(o => fit.Predict(o.Features)).ToArray(), test.Select(_ => rate).ToArray());
    }

    private static EvaluationBlock Block(string design, IReadOnlyList<HistoricalOutcome> test, double[][] model, double[][] baseRate)
    {
        var uniform = Enumerable.Repeat(1.0 / CaseBase.Levels, CaseBase.Levels).ToArray();
        double Mean(Func<int, double[]> forecast, IEnumerable<int> which)
        {
            var idx = which.ToArray();
            return idx.Length == 0 ? double.NaN : idx.Average(i => IntervalRps.Score(forecast(i), test[i].Lo, test[i].Hi));
        }
        var all = Enumerable.Range(0, test.Count).ToArray();
        var best = Enumerable.Range(0, CaseBase.Levels)
            .Select(c => (Level: c, Rps: Mean(_ => OneHot(c), all))).MinBy(x => x.Rps);
        var scores = new List<ScoreLine>
        {
            new(Uniform, Mean(_ => uniform, all)),
            new(BaseRate, Mean(i => baseRate[i], all)),
            new($"{BestConstant} ({best.Level})", best.Rps),
            new(Model, Mean(i => model[i], all)),
        };
        var subsets = new List<(string, int, double, double)>();
        foreach (var source in test.Select(o => o.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var idx = all.Where(i => test[i].Source == source).ToArray();
            subsets.Add((source, idx.Length, Mean(i => model[i], idx), Mean(i => baseRate[i], idx)));
        }
        foreach (var (label, pooled) in new[] { ("coded third parties", false), ("structural pool (not listed by the data)", true) })
        {
            var idx = all.Where(i => test[i].Pooled == pooled).ToArray();
            subsets.Add((label, idx.Length, Mean(i => model[i], idx), Mean(i => baseRate[i], idx)));
        }
        var powers = all.Where(i => test[i].Source == "icb" && test[i].Third is 2 or 365).ToArray();
        subsets.Add(("ICB: USA and USSR/Russia", powers.Length, Mean(i => model[i], powers), Mean(i => baseRate[i], powers)));
        return new EvaluationBlock(design, test.Count, test.Select(o => o.Case).Distinct().Count(), scores, subsets,
            Bins(test, model, 2), Bins(test, model, 3));
    }

    /// <summary>Reliability of P(level ≥ m); an outcome whose interval straddles m cannot say and is left out.</summary>
    private static IReadOnlyList<ReliabilityBin> Bins(IReadOnlyList<HistoricalOutcome> test, double[][] model, int m) =>
        Reliability.Bins(Enumerable.Range(0, test.Count)
            .Where(i => test[i].Lo >= m || test[i].Hi < m)
            .Select(i => (model[i].Skip(m).Sum(), test[i].Lo >= m)));

    private static double[] OneHot(int level)
    {
        var p = new double[CaseBase.Levels];
        p[level] = 1;
        return p;
    }

    public static string Percent(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
}
