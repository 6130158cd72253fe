using Casus.Core.Scenarios;
using Casus.Reason.Weights;

namespace Casus.Reason.Model;

/// <summary>
/// The cumulative-logit ladder: P(level ≤ k) = σ(τ_k − η − s_k), where η is the ladder-wide
/// propensity and s_k are threshold-specific "floor" shifts (partial proportional odds): rhetoric
/// shifts only τ₀ (moves mass from 0 to 1), diplomacy shifts τ₀ and τ₁ (moves mass to 2). Because
/// the shifts are non-negative and larger for lower thresholds, the cumulative curve stays monotone.
/// </summary>
public sealed class OrdinalLadder
{
    private readonly double[] _thresholds;
    private readonly double _capLeak;
    private readonly double _uniformMix;
    private readonly double _etaLimit;
    private readonly double _forceVoiceShare;

    public OrdinalLadder(WeightTable table)
    {
        _thresholds = Enumerable.Range(0, Ladder.Levels - 1).Select(k => table.Number($"ladder.tau{k}")).ToArray();
        for (var k = 1; k < _thresholds.Length; k++)
            if (_thresholds[k] <= _thresholds[k - 1])
                throw new Core.InputException($"weights file: ladder.tau{k} must be greater than ladder.tau{k - 1}.");
        _capLeak = table.Number("ladder.cap_leak");
        _uniformMix = table.Number("ladder.uniform_mix");
        _etaLimit = table.Number("ladder.eta_limit");
        _forceVoiceShare = table.Number("ladder.force_voice_share");
    }

    private OrdinalLadder(OrdinalLadder shape, double[] thresholds)
    {
        if (thresholds.Length != shape._thresholds.Length) throw new ArgumentException("one threshold per rung boundary", nameof(thresholds));
        _thresholds = (double[])thresholds.Clone();
        _capLeak = shape._capLeak;
        _uniformMix = shape._uniformMix;
        _etaLimit = shape._etaLimit;
        _forceVoiceShare = shape._forceVoiceShare;
    }

    /// <summary>The same shape (cap leak, η bound, force/voice share, uniform floor) on other thresholds: a fitted
    /// verdict model's ladder. The thresholds need not be increasing (the cumulative curve is kept monotone anyway).</summary>
    public OrdinalLadder WithThresholds(double[] thresholds) => new(this, thresholds);

    public double ForceVoiceShare => _forceVoiceShare;

    /// <summary>The threshold τ_k (for base-rate priors that target P(level ≥ k+1)).</summary>
    public double Threshold(int k) => _thresholds[k];

    /// <param name="eta">Ladder-wide propensity, bounded to ±<c>ladder.eta_limit</c>: however many
    /// news reports agree, text alone does not make one rung near-certain.</param>
    /// <param name="voiceShift">Rhetoric: raises P(level ≥ 1) only.</param>
    /// <param name="diplomacyShift">Diplomacy: raises P(level ≥ 1) and P(level ≥ 2).</param>
    /// <param name="cap">Highest reachable level: the distribution is conditioned on level ≤ cap
    /// (mass above the cap is spread over the reachable levels in proportion, not piled onto the
    /// cap, which would make a crippled actor look most likely to do the most it still can); a
    /// <c>ladder.cap_leak</c> share of the uncapped distribution is kept, because capability
    /// judgments from news text are themselves uncertain.</param>
    /// <param name="foldAbove">A role cap (a proxy's fighting is indirect help): mass above it is
    /// relabelled as that level, before any capability cap applies.</param>
    /// <param name="force">Force factors: act fully on the upper thresholds (τ₂..τ₄, material help and
    /// fighting) and by <c>ladder.force_voice_share</c> on τ₀, τ₁ (words, diplomacy). The cumulative
    /// curve stays monotone by construction (each P(≤k) is at least P(≤k−1)).</param>
    /// <param name="materialShift">Help already flowing: raises P(level ≥ 1..3), a floor under level 3.</param>
    public double[] Distribution(double eta, double voiceShift, double diplomacyShift, int? cap, int? foldAbove = null,
        double force = 0, double materialShift = 0)
    {
        var lower = Math.Clamp(eta + _forceVoiceShare * force, -_etaLimit, _etaLimit);
        var upper = Math.Clamp(eta + force, -_etaLimit, _etaLimit);
        // Scratch on the stack: this runs once per judged actor, and only the result outlives it.
        Span<double> cumulative = stackalloc double[Ladder.Levels];
        for (var k = 0; k < _thresholds.Length; k++)
        {
            var shift = (k == 0 ? voiceShift + diplomacyShift : k == 1 ? diplomacyShift : 0) + (k <= 2 ? materialShift : 0);
            cumulative[k] = Sigmoid(_thresholds[k] - (k < 2 ? lower : upper) - shift);
            if (k > 0) cumulative[k] = Math.Max(cumulative[k], cumulative[k - 1]);
        }
        cumulative[^1] = 1;
        var p = new double[Ladder.Levels];
        for (var k = 0; k < p.Length; k++) p[k] = cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]);

        if (foldAbove is { } fold && fold < Ladder.Levels - 1)
        {
            Span<double> folded = stackalloc double[Ladder.Levels];
            p.CopyTo(folded);
            for (var k = fold + 1; k < folded.Length; k++) { folded[fold] += folded[k]; folded[k] = 0; }
            for (var k = 0; k < p.Length; k++) p[k] = (1 - _capLeak) * folded[k] + _capLeak * p[k];
            cumulative[0] = p[0];
            for (var k = 1; k < p.Length; k++) cumulative[k] = cumulative[k - 1] + p[k];
        }
        if (cap is { } top && top < Ladder.Levels - 1)
        {
            Span<double> capped = stackalloc double[Ladder.Levels];
            capped.Clear();
            var reachable = cumulative[top];
            if (reachable > 1e-12)
                for (var k = 0; k <= top; k++) capped[k] = p[k] / reachable;
            else
                capped[top] = 1;
            for (var k = 0; k < p.Length; k++) p[k] = (1 - _capLeak) * capped[k] + _capLeak * p[k];
        }
        for (var k = 0; k < p.Length; k++) p[k] = (1 - _uniformMix) * p[k] + _uniformMix / Ladder.Levels;
        var sum = 0.0;
        foreach (var x in p) sum += x;
        for (var k = 0; k < p.Length; k++) p[k] /= sum;
        return p;
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public static double Logit(double p) => Math.Log(p / (1 - p));
}
