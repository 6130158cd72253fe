using System.Globalization;
using System.Text;
using Casus.Core;
using Casus.Fit;

namespace Casus.History;

/// <summary>
/// The fitted outside-view model: thresholds and one coefficient per structural feature, each with its standard
/// error, prior centre and prior sd, as written to <c>data/reasoning/structural.tsv</c> by <c>casus fit</c>.
/// </summary>
public sealed class StructuralModel
{
    public const string FileName = "reasoning/structural.tsv";

    /// <summary>Prior centres of the thresholds: the hand-set ladder of data/reasoning/weights.tsv (wide: the data decide).</summary>
    public static readonly Prior[] ThresholdPriors = [new(0.2, 5), new(1.1, 5), new(1.9, 5), new(2.75, 5), new(3.9, 5)];

    public double[] Thresholds { get; }
    public double[] Coefficients { get; }

    public StructuralModel(double[] thresholds, double[] coefficients)
    {
        if (thresholds.Length != CaseBase.Levels - 1 || coefficients.Length != StructuralFeatures.Count)
            throw new ArgumentException("model size does not match the ladder and the features");
        Thresholds = thresholds;
        Coefficients = coefficients;
    }

    public double Eta(ReadOnlySpan<double> x)
    {
        var eta = 0.0;
        for (var j = 0; j < Coefficients.Length; j++) eta += Coefficients[j] * x[j];
        return eta;
    }

    public double[] Predict(ReadOnlySpan<double> x) => CumulativeLogit.Probabilities(Thresholds, Eta(x));

    /// <summary>
    /// Where τ₁ sits between τ₀ and τ₂. History cannot tell words (1) from diplomacy (2): ICB codes both as
    /// "political", and no other dataset codes either. So the model is fitted on the ladder with levels 1 and 2
    /// merged (four thresholds) and τ₁ is placed midway: the one number here that is set, not fitted (said in the file).
    /// </summary>
    public const double VoiceSplit = 0.5;

    /// <summary>Fits on the outcomes with the literature's priors, on the ladder with words and diplomacy merged; τ₁ is then placed by <see cref="VoiceSplit"/>.</summary>
    public static OrdinalFit Fit(IReadOnlyList<HistoricalOutcome> outcomes) => Fit(outcomes, StructuralFeatures.Priors(), o => o.Features);

    /// <summary>The same fit with other features (none: the base rate).</summary>
    public static OrdinalFit Fit(IReadOnlyList<HistoricalOutcome> outcomes, Prior[] priors, Func<HistoricalOutcome, double[]> features)
    {
        var merged = outcomes.Select(o => new Observation(features(o), Merge(o.Lo), Merge(o.Hi))).ToArray();
        Prior[] tau = [ThresholdPriors[0], ThresholdPriors[2], ThresholdPriors[3], ThresholdPriors[4]];
        var fit = CumulativeLogit.Fit(merged, CaseBase.Levels - 1, tau, priors);
        var t = fit.Thresholds;
        var s = fit.ThresholdSe;
        return fit with
        {
            Thresholds = [t[0], t[0] + VoiceSplit * (t[1] - t[0]), t[1], t[2], t[3]],
            ThresholdSe = [s[0], double.NaN, s[1], s[2], s[3]],
        };
    }

    /// <summary>Level on the merged ladder: 0, 1–2 → 1, 3 → 2, 4 → 3, 5 → 4.</summary>
    private static int Merge(int level) => level <= 1 ? level : level - 1;

    /// <summary>The weights file: every number rounded to 4 decimals, no clock, no machine: the same data give the same bytes.</summary>
    public static string Format(OrdinalFit fit, IReadOnlyList<HistoricalOutcome> outcomes)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append("# Casus outside-view model: fitted, not hand-set. Written by `casus fit` (src/Casus.History, src/Casus.Fit); do not edit.\n");
        sb.Append("# Cumulative logit P(level <= k) = sigmoid(tau_k - eta), eta = sum of beta * feature (src/Casus.History/StructuralFeatures.cs),\n");
        sb.Append("# penalised maximum likelihood (Gaussian priors centred on the literature's figures), Newton's method; interval-censored outcomes.\n");
        sb.Append(inv, $"# Data: data/history/cases.tsv ({outcomes.Select(o => o.Case).Distinct().Count()} cases, {outcomes.Count} third-party outcomes: ");
        sb.Append(string.Join(", ", outcomes.GroupBy(o => o.Source).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        sb.Append(inv, $"), structure from data/history/*.tsv (scripts/derive-history.py).\n");
        sb.Append(inv, $"# Log-likelihood {fit.LogLikelihood:F2}, penalised {fit.LogPosterior:F2}, {fit.Iterations} Newton iterations.\n");
        sb.Append("# key\tvalue\tse\tprior_centre\tprior_sd\twhy\n");
        for (var k = 0; k < fit.Thresholds.Length; k++)
            Line(sb, $"tau{k}", fit.Thresholds[k], fit.ThresholdSe[k], ThresholdPriors[k], k == 1
                ? $"threshold between words and diplomacy: not fitted (history does not tell them apart), placed at tau0 + {VoiceSplit.ToString(CultureInfo.InvariantCulture)} (tau2 - tau0); se NaN"
                : $"threshold between level {k} and {k + 1}; prior centre the hand-set ladder.tau{k}");
        for (var j = 0; j < fit.Coefficients.Length; j++)
        {
            var d = StructuralFeatures.Definitions[j];
            Line(sb, "beta." + d.Key, fit.Coefficients[j], fit.CoefficientSe[j], new Prior(d.PriorCentre, d.PriorSd), d.Why);
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string key, double value, double se, Prior prior, string why) =>
        sb.Append(CultureInfo.InvariantCulture, $"{key}\t{Round(value)}\t{Round(se)}\t{Round(prior.Centre)}\t{Round(prior.Sd)}\t{why}\n");

    private static string Round(double v)
    {
        if (double.IsNaN(v)) return "NaN";
        var s = Math.Round(v, 4).ToString("F4", CultureInfo.InvariantCulture);
        return s == "-0.0000" ? "0.0000" : s;
    }

    /// <summary>Reads the weights file; a missing, unknown or malformed key is an <see cref="InputException"/>.</summary>
    public static StructuralModel Parse(string text)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != 6 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new InputException($"{FileName}:{lineNumber}: expected key, value, se, prior centre, prior sd and why");
            if (!values.TryAdd(cells[0], v)) throw new InputException($"{FileName}:{lineNumber}: duplicate key '{cells[0]}'");
        }
        double Take(string key) => values.Remove(key, out var v) ? v : throw new InputException($"{FileName}: missing key '{key}'");
        var tau = Enumerable.Range(0, CaseBase.Levels - 1).Select(k => Take($"tau{k}")).ToArray();
        var beta = StructuralFeatures.Definitions.Select(d => Take("beta." + d.Key)).ToArray();
        if (values.Count > 0) throw new InputException($"{FileName}: unknown key '{values.Keys.Order(StringComparer.Ordinal).First()}'");
        for (var k = 1; k < tau.Length; k++)
            if (tau[k] <= tau[k - 1]) throw new InputException($"{FileName}: tau{k} must be greater than tau{k - 1}");
        return new StructuralModel(tau, beta);
    }
}
