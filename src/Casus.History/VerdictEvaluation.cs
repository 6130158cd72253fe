using Casus.Fit;
using Casus.Reason.Model;

namespace Casus.History;

/// <summary>One scored actor of a modern case: what the verdict model reads, and what the actor did.</summary>
public sealed record VerdictOutcome(string Case, DateOnly AsOf, string Actor, int Level, VerdictInputs Inputs);

/// <summary>A trained verdict model: the fitted parameters, the shrink chosen by cross-validation and its curve.</summary>
public sealed record TrainedVerdictModel(VerdictModel Model, PenalisedFit Fit, IReadOnlyList<(double Shrink, double Rps)> ShrinkCurve);

/// <summary>One design's scores: every forecaster's mean RPS over the same outcomes, per case, and reliability.</summary>
public sealed record VerdictBlock(string Design, int Outcomes, int Cases, IReadOnlyList<ScoreLine> Scores,
    IReadOnlyList<(string Case, int Outcomes, double Model, double BaseRate)> PerCase,
    IReadOnlyList<ReliabilityBin> AtLeast2, IReadOnlyList<ReliabilityBin> AtLeast3,
    IReadOnlyList<(VerdictOutcome Outcome, double[] Forecast)> Forecasts)
{
    public double Of(string forecaster) => Scores.First(s => s.Forecaster == forecaster).Rps;
}

/// <summary>
/// Training and out-of-sample evaluation of <see cref="VerdictModel"/> on the modern cases, every baseline in the same
/// run on the same outcomes: uniform; the base rate of the training part; the best constant level (chosen in hindsight
/// on the scored part: tougher than any forecaster); the engine before fitting (the news-text verdict where the news
/// speaks, else history's structural distribution, else "no verdict" scored as P(0) = 1); and the model fitted three
/// ways: history only, news text only, and both (Casus). Pure and deterministic.
/// </summary>
public static class VerdictEvaluation
{
    public const string Casus = "Casus (fitted: text + history)";
    public const string StructuralOnly = "structural only (fitted)";
    public const string TextOnly = "text only (fitted)";
    public const string Unfitted = "engine before fitting";
    public const string Uniform = "uniform";
    public const string BaseRate = "base rate";
    public const string BestConstant = "best constant level";

    /// <summary>Inner folds (by crisis, stable hash) for choosing the shrink inside a training part.</summary>
    public const int ShrinkFolds = 5;

    /// <summary>Fits on <paramref name="train"/> and chooses the base-rate share by cross-validation by crisis inside it.</summary>
    public static TrainedVerdictModel Train(OrdinalLadder shape, IReadOnlyList<VerdictOutcome> train, VerdictDesign design)
    {
        var data = train.Select(o => (o.Inputs, o.Level)).ToArray();
        var fit = VerdictModel.Fit(shape, data, design);
        var baseRate = VerdictModel.BaseRateOf(train.Select(o => o.Level));
        // Held-out raw forecasts, each from a fit without its crisis's fold, and that fold's training base rate.
        var raw = new double[train.Count][];
        var heldBase = new double[train.Count][];
        var fold = train.Select(o => HistoryEvaluation.Fold(o.Case, ShrinkFolds)).ToArray();
        for (var f = 0; f < ShrinkFolds; f++)
        {
            var inFold = Enumerable.Range(0, train.Count).Where(i => fold[i] == f).ToArray();
            if (inFold.Length == 0) continue;
            var rest = Enumerable.Range(0, train.Count).Where(i => fold[i] != f).ToArray();
            var partFit = VerdictModel.Fit(shape, rest.Select(i => data[i]).ToArray(), design);
            var ladder = shape.WithThresholds(VerdictModel.Taus(partFit.Estimates));
            var partBase = VerdictModel.BaseRateOf(rest.Select(i => train[i].Level));
            foreach (var i in inFold) (raw[i], heldBase[i]) = (VerdictModel.Raw(ladder, partFit.Estimates, train[i].Inputs, design), partBase);
        }
        var curve = VerdictModel.ShrinkGrid.Select(s => (s, Enumerable.Range(0, train.Count)
            .Average(i => IntervalRps.Score(Mix(raw[i], heldBase[i], s), train[i].Level, train[i].Level)))).ToArray();
        var best = curve.MinBy(c => Math.Round(c.Item2, 6)).s; // the smallest share among equals
        return new TrainedVerdictModel(new VerdictModel(shape, fit.Estimates, fit.StandardErrors, best, baseRate, design), fit, curve);
    }

    private static double[] Mix(double[] p, double[] b, double s) => p.Select((x, k) => (1 - s) * x + s * b[k]).ToArray();

    /// <summary>Leave one crisis out: each case scored by models trained on all the others.</summary>
    public static VerdictBlock CrossValidated(OrdinalLadder shape, IReadOnlyList<VerdictOutcome> outcomes, string label)
    {
        var cases = outcomes.Select(o => o.Case).Distinct().ToArray();
        var forecasts = new Dictionary<string, double[][]>();
        foreach (var name in new[] { Casus, StructuralOnly, TextOnly, BaseRate }) forecasts[name] = new double[outcomes.Count][];
        foreach (var c in cases)
        {
            var test = Enumerable.Range(0, outcomes.Count).Where(i => outcomes[i].Case == c).ToArray();
            var train = outcomes.Where(o => o.Case != c).ToArray();
            Predict(shape, train, test.Select(i => outcomes[i]).ToArray(), forecasts, test);
        }
        return Block(label, outcomes, forecasts);
    }

    /// <summary>Train on one part, score another (a time split, or the test fold once).</summary>
    public static VerdictBlock Split(OrdinalLadder shape, IReadOnlyList<VerdictOutcome> train, IReadOnlyList<VerdictOutcome> test, string label)
    {
        var forecasts = new Dictionary<string, double[][]>();
        foreach (var name in new[] { Casus, StructuralOnly, TextOnly, BaseRate }) forecasts[name] = new double[test.Count][];
        Predict(shape, train, test, forecasts, Enumerable.Range(0, test.Count).ToArray());
        return Block(label, test, forecasts);
    }

    private static void Predict(OrdinalLadder shape, IReadOnlyList<VerdictOutcome> train, IReadOnlyList<VerdictOutcome> test,
        Dictionary<string, double[][]> into, int[] at)
    {
        var full = Train(shape, train, VerdictDesign.Full).Model;
        var structural = Train(shape, train, VerdictDesign.StructuralOnly).Model;
        var text = Train(shape, train, VerdictDesign.TextOnly).Model;
        var baseRate = VerdictModel.BaseRateOf(train.Select(o => o.Level));
        for (var t = 0; t < test.Count; t++)
        {
            into[Casus][at[t]] = full.Predict(test[t].Inputs);
            into[StructuralOnly][at[t]] = structural.Predict(test[t].Inputs);
            into[TextOnly][at[t]] = text.Predict(test[t].Inputs);
            into[BaseRate][at[t]] = baseRate;
        }
    }

    /// <summary>The engine before this model: the news-text verdict, else history's, else certain inaction.</summary>
    public static double[] UnfittedForecast(VerdictInputs x) =>
        (x.TextProbabilities ?? x.StructuralProbabilities)?.ToArray() ?? [1, 0, 0, 0, 0, 0];

    private static VerdictBlock Block(string label, IReadOnlyList<VerdictOutcome> outcomes, Dictionary<string, double[][]> forecasts)
    {
        double Mean(Func<int, double[]> f) => Enumerable.Range(0, outcomes.Count).Average(i => IntervalRps.Score(f(i), outcomes[i].Level, outcomes[i].Level));
        var uniform = Enumerable.Repeat(1.0 / CaseBase.Levels, CaseBase.Levels).ToArray();
        var constants = Enumerable.Range(0, CaseBase.Levels)
            .Select(k => (k, Mean(_ => Enumerable.Range(0, CaseBase.Levels).Select(j => j == k ? 1.0 : 0.0).ToArray()))).MinBy(x => x.Item2);
        var scores = new List<ScoreLine>
        {
            new(Uniform, Mean(_ => uniform)),
            new(BaseRate, Mean(i => forecasts[BaseRate][i])),
            new($"{BestConstant} ({constants.k}, hindsight)", constants.Item2),
            new(Unfitted, Mean(i => UnfittedForecast(outcomes[i].Inputs))),
            new(StructuralOnly, Mean(i => forecasts[StructuralOnly][i])),
            new(TextOnly, Mean(i => forecasts[TextOnly][i])),
            new(Casus, Mean(i => forecasts[Casus][i])),
        };
        var perCase = outcomes.Select((o, i) => (o, i)).GroupBy(x => x.o.Case).Select(g => (g.Key, g.Count(),
            g.Average(x => IntervalRps.Score(forecasts[Casus][x.i], x.o.Level, x.o.Level)),
            g.Average(x => IntervalRps.Score(forecasts[BaseRate][x.i], x.o.Level, x.o.Level)))).ToArray();
        var model = forecasts[Casus];
        var at2 = Reliability.Bins(outcomes.Select((o, i) => (model[i].Skip(2).Sum(), o.Level >= 2)));
        var at3 = Reliability.Bins(outcomes.Select((o, i) => (model[i].Skip(3).Sum(), o.Level >= 3)));
        return new VerdictBlock(label, outcomes.Count, outcomes.Select(o => o.Case).Distinct().Count(), scores, perCase, at2, at3,
            outcomes.Select((o, i) => (o, model[i])).ToArray());
    }
}
