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

    public OrdinalLadder(WeightTable table)
    {
        _thresholds = Enumerable.Range(0, Ladder.Levels - 1).Select(k => table.Number($"ladder.tau{k}")).ToArray();
        for (var k = 1; k < _thresholds.Length; k++)
            if (_thresholds[k] <= _thresholds[k - 1])
                throw new Core.InputException($"weights file: ladder.tau{k} must be greater than ladder.tau{k - 1}.");
        _capLeak = table.Number("ladder.cap_leak");
        _uniformMix = table.Number("ladder.uniform_mix");
    }

    /// <summary>The threshold τ_k (for base-rate priors that target P(level ≥ k+1)).</summary>
    public double Threshold(int k) => _thresholds[k];

    /// <param name="eta">Ladder-wide propensity.</param>
    /// <param name="voiceShift">Rhetoric: raises P(level ≥ 1) only.</param>
    /// <param name="diplomacyShift">Diplomacy: raises P(level ≥ 1) and P(level ≥ 2).</param>
    /// <param name="cap">Highest reachable level; mass above it moves down to it, but a
    /// <c>ladder.cap_leak</c> share of the uncapped distribution is kept, because capability
    /// judgments from news text are themselves uncertain.</param>
    public double[] Distribution(double eta, double voiceShift, double diplomacyShift, int? cap)
    {
        var cumulative = new double[Ladder.Levels];
        for (var k = 0; k < _thresholds.Length; k++)
        {
            var shift = k == 0 ? voiceShift + diplomacyShift : k == 1 ? diplomacyShift : 0;
            cumulative[k] = Sigmoid(_thresholds[k] - eta - shift);
            if (k > 0) cumulative[k] = Math.Max(cumulative[k], cumulative[k - 1]);
        }
        cumulative[^1] = 1;
        var p = new double[Ladder.Levels];
        for (var k = 0; k < p.Length; k++) p[k] = cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]);

        if (cap is { } top && top < Ladder.Levels - 1)
        {
            var capped = (double[])p.Clone();
            for (var k = top + 1; k < capped.Length; k++) { capped[top] += capped[k]; capped[k] = 0; }
            for (var k = 0; k < p.Length; k++) p[k] = (1 - _capLeak) * capped[k] + _capLeak * p[k];
        }
        for (var k = 0; k < p.Length; k++) p[k] = (1 - _uniformMix) * p[k] + _uniformMix / Ladder.Levels;
        var sum = p.Sum();
        for (var k = 0; k < p.Length; k++) p[k] /= sum;
        return p;
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public static double Logit(double p) => Math.Log(p / (1 - p));
}
