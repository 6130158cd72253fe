using System.Globalization;
using System.Text;
using Casus.Core;
using Casus.Fit;
using Casus.Reason.Factors;
using Casus.Reason.Model;

namespace Casus.History;

/// <summary>What the fitted verdict model reads about one actor in one scenario: the news-text engine's factor
/// terms (null when the news says nothing about it), history's linear predictor (null when it is not a state the
/// structural data know), and, for reference, the two engines' own distributions.</summary>
public sealed record VerdictInputs(IReadOnlyList<FactorTerm>? Terms, double? StructuralEta,
    IReadOnlyList<double>? TextProbabilities = null, IReadOnlyList<double>? StructuralProbabilities = null);

/// <summary>Which parts of the model a fit uses: both (the shipped model), history only, or the news text only.</summary>
public enum VerdictDesign { Full, StructuralOnly, TextOnly }

/// <summary>
/// The verdict model fitted on the modern cases (eval/backtest, tuning fold): the news-text engine's ladder
/// (<see cref="OrdinalLadder"/>: voice/diplomacy/material shifts, force on the upper rungs, caps, η bound, uniform
/// floor) with refitted thresholds, one multiplier per text factor (prior centre 1: the hand-set weights), history's
/// linear predictor η_s as an offset on the whole ladder (coefficient fixed at 1), a shift for actors the news
/// speaks about and one for actors history cannot judge (not a state); then a share <see cref="Shrink"/> of the
/// modern base rate mixed in (chosen by cross-validation by crisis: calibrated spread beats a confident guess).
/// Pure and cheap: one ladder distribution per verdict, no fitting at scenario time.
/// </summary>
public sealed class VerdictModel
{
    public const string FileName = "reasoning/verdict.tsv";

    /// <summary>The text engine's factors that carry a weight (the contact fallback has none).</summary>
    public static readonly string[] TextFactors =
        ["commitment", "interests", "patronage", "capability", "cross_pressure", "stated_intent", "rhetoric", "diplomacy", "precedent", "distraction", "ongoing_help"];

    public const int Thresholds = 5;
    private static readonly int NewsShift = Thresholds + TextFactors.Length;
    private static readonly int NoStructureShift = NewsShift + 1;
    public static readonly int ParameterCount = NoStructureShift + 1;

    /// <summary>Parameter names in file order. The thresholds are fitted as τ₀ and the logs of the gaps τ_k − τ_{k−1},
    /// so they stay increasing (a threshold below its predecessor would give its level nothing but the uniform floor).</summary>
    public static IReadOnlyList<string> Names { get; } =
        Enumerable.Range(0, Thresholds).Select(k => k == 0 ? "tau0" : $"log_gap{k}").Concat(TextFactors.Select(f => "text." + f)).Concat(["news_shift", "no_structure_shift"]).ToArray();

    /// <summary>Priors: thresholds on the hand-set ladder (sd 2), multipliers on 1 (the hand values, sd 0.5), shifts on 0 (sd 1).</summary>
    public static Prior[] Priors(OrdinalLadder shape)
    {
        var priors = new Prior[ParameterCount];
        priors[0] = new Prior(shape.Threshold(0), 2);
        for (var k = 1; k < Thresholds; k++) priors[k] = new Prior(Math.Log(shape.Threshold(k) - shape.Threshold(k - 1)), 1);
        for (var j = 0; j < TextFactors.Length; j++) priors[Thresholds + j] = new Prior(1, 0.5);
        priors[NewsShift] = new Prior(0, 1);
        priors[NoStructureShift] = new Prior(0, 1);
        return priors;
    }

    /// <summary>τ₀..τ₄ from the fitted parameters (τ₀, then log gaps).</summary>
    public static double[] Taus(double[] theta)
    {
        var tau = new double[Thresholds];
        tau[0] = theta[0];
        for (var k = 1; k < Thresholds; k++) tau[k] = tau[k - 1] + Math.Exp(theta[k]);
        return tau;
    }

    private static readonly Dictionary<string, int> FactorIndex =
        TextFactors.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => Thresholds + x.i, StringComparer.Ordinal);

    private readonly OrdinalLadder _ladder;

    public double[] Parameters { get; }
    public double[] StandardErrors { get; }
    public VerdictDesign Design { get; }
    public double Shrink { get; }
    public double[] BaseRate { get; }

    public VerdictModel(OrdinalLadder shape, double[] parameters, double[] standardErrors, double shrink, double[] baseRate, VerdictDesign design = VerdictDesign.Full)
    {
        if (parameters.Length != ParameterCount || baseRate.Length != CaseBase.Levels) throw new ArgumentException("model size does not match");
        Parameters = parameters;
        StandardErrors = standardErrors;
        Shrink = shrink;
        BaseRate = baseRate;
        Design = design;
        _ladder = shape.WithThresholds(Taus(parameters));
    }

    public double[] Predict(VerdictInputs x)
    {
        var p = Raw(_ladder, Parameters, x, Design);
        if (Shrink > 0)
            for (var k = 0; k < p.Length; k++) p[k] = (1 - Shrink) * p[k] + Shrink * BaseRate[k];
        return p;
    }

    /// <summary>The ladder's distribution before the base-rate mix, for any parameters (the fit's likelihood).</summary>
    public static double[] Raw(OrdinalLadder ladder, double[] theta, VerdictInputs x, VerdictDesign design)
    {
        double eta = 0, voice = 0, diplomacy = 0, force = 0, material = 0;
        int? capabilityCap = null, roleCap = null;
        var terms = design == VerdictDesign.StructuralOnly ? null : x.Terms;
        if (terms is not null)
        {
            eta += theta[NewsShift];
            foreach (var t in terms)
            {
                var w = FactorIndex.TryGetValue(t.Name, out var j) ? theta[j] : 1.0;
                var e = w * t.Effect;
                switch (t.Scope)
                {
                    case FactorScope.Ladder: eta += e; break;
                    case FactorScope.Voice: voice += e; break;
                    case FactorScope.Diplomacy: diplomacy += e; break;
                    case FactorScope.Force: force += e; break;
                    case FactorScope.Material: material += e; break;
                }
                if (t.Cap is not { } c) continue;
                if (t.CapRelabels) roleCap = roleCap is { } r ? Math.Min(r, c) : c;
                else capabilityCap = capabilityCap is { } q ? Math.Min(q, c) : c;
            }
        }
        if (design != VerdictDesign.TextOnly)
        {
            if (x.StructuralEta is { } s) eta += s;
            else eta += theta[NoStructureShift];
        }
        return ladder.Distribution(eta, voice, diplomacy, capabilityCap, roleCap, force, material);
    }

    /// <summary>Penalised log-likelihood fit on observed levels (deterministic: data order, prior-centre start).</summary>
    public static PenalisedFit Fit(OrdinalLadder shape, IReadOnlyList<(VerdictInputs Inputs, int Level)> data, VerdictDesign design)
    {
        var priors = Priors(shape);
        double LogLikelihood(double[] theta)
        {
            var ladder = shape.WithThresholds(Taus(theta));
            var sum = 0.0;
            foreach (var (inputs, level) in data) sum += Math.Log(Raw(ladder, theta, inputs, design)[level]);
            return sum;
        }
        return PenalisedLikelihood.Maximise(LogLikelihood, priors);
    }

    /// <summary>Level frequencies with one pseudo-count per level (as the backtest's base rate).</summary>
    public static double[] BaseRateOf(IEnumerable<int> levels)
    {
        var counts = Enumerable.Repeat(1.0, CaseBase.Levels).ToArray();
        foreach (var l in levels) counts[l]++;
        var total = counts.Sum();
        return counts.Select(c => c / total).ToArray();
    }

    /// <summary>Shares of the base rate tried by cross-validation.</summary>
    public static readonly double[] ShrinkGrid = Enumerable.Range(0, 19).Select(i => i * 0.05).ToArray();

    /// <summary>The weights file: 4 decimals, no clock, no machine: the same inputs give the same bytes.</summary>
    public static string Format(VerdictModel model, PenalisedFit fit, OrdinalLadder shape, int outcomes, int cases, string provenance, IReadOnlyList<(double Shrink, double Rps)> shrinkCurve)
    {
        var inv = CultureInfo.InvariantCulture;
        var priors = Priors(shape);
        var sb = new StringBuilder();
        sb.Append("# Verdict model: the news-text factors reweighed and history's linear predictor as an offset, fitted on the modern cases.\n");
        sb.Append("# Written by `casus fit` (do not edit by hand): penalised maximum likelihood, Newton on finite differences (Casus.Fit.PenalisedLikelihood).\n");
        sb.Append(inv, $"# Data: {provenance}: {outcomes} outcomes in {cases} crises; log-likelihood {fit.LogLikelihood:F2}, {fit.Iterations} iterations.\n");
        sb.Append("# Model: the ladder of data/reasoning/weights.tsv (shape fixed) with thresholds tau0 and tau_k = tau_(k-1) + exp(log_gap_k); each text factor's effect times its multiplier;\n");
        sb.Append("# eta += structural eta (data/reasoning/structural.tsv, coefficient fixed at 1) or no_structure_shift; news_shift when the news has claims.\n");
        sb.Append("# Then shrink x base_rate is mixed in; shrink chosen by leave-one-crisis-out cross-validation (mean RPS per value below).\n");
        sb.Append("# thresholds tau0..tau4: ").Append(string.Join(' ', Taus(model.Parameters).Select(Round))).Append('\n');
        sb.Append("# key\tvalue\tse\tprior_centre\tprior_sd\n");
        for (var i = 0; i < ParameterCount; i++)
            sb.Append(inv, $"{Names[i]}\t{Round(model.Parameters[i])}\t{Round(fit.StandardErrors[i])}\t{Round(priors[i].Centre)}\t{Round(priors[i].Sd)}\n");
        sb.Append(inv, $"shrink\t{Round(model.Shrink)}\tNaN\tNaN\tNaN\n");
        for (var k = 0; k < CaseBase.Levels; k++) sb.Append(inv, $"base_rate{k}\t{Round(model.BaseRate[k])}\tNaN\tNaN\tNaN\n");
        sb.Append("# cross-validated mean RPS by shrink: ").Append(string.Join(", ", shrinkCurve.Select(c => string.Create(inv, $"{c.Shrink:F2} {c.Rps:F4}")))).Append('\n');
        return sb.ToString();
    }

    private static string Round(double v) => double.IsNaN(v) ? "NaN" : Math.Round(v, 4).ToString("0.0###", CultureInfo.InvariantCulture);

    public static VerdictModel Parse(string text, OrdinalLadder shape)
    {
        var values = new Dictionary<string, (double V, double Se)>(StringComparer.Ordinal);
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 3 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                || !double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var se))
                throw new InputException($"{FileName}:{n}: expected key, value, se, prior centre, prior sd");
            if (!values.TryAdd(cells[0], (v, se))) throw new InputException($"{FileName}:{n}: duplicate key '{cells[0]}'");
        }
        (double V, double Se) Take(string key) => values.Remove(key, out var v) ? v : throw new InputException($"{FileName}: missing key '{key}'");
        var parameters = new double[ParameterCount];
        var errors = new double[ParameterCount];
        for (var i = 0; i < ParameterCount; i++) (parameters[i], errors[i]) = Take(Names[i]);
        var shrink = Take("shrink").V;
        var baseRate = Enumerable.Range(0, CaseBase.Levels).Select(k => Take($"base_rate{k}").V).ToArray();
        if (values.Count > 0) throw new InputException($"{FileName}: unknown key '{values.Keys.First()}'");
        if (shrink is < 0 or > 1 || baseRate.Any(b => b <= 0)) throw new InputException($"{FileName}: shrink must lie in [0, 1] and every base rate be positive");
        return new VerdictModel(shape, parameters, errors, shrink, baseRate);
    }
}
