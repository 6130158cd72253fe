namespace Casus.Reason;

/// <summary>
/// The ranked probability score of a ladder forecast against what happened:
/// RPS = 1/(K−1) · Σ_{k=0}^{K−2} (P(≤k) − [o ≤ k])². 0 is a certain, correct forecast; 1 is
/// certainty on the wrong end of the ladder. Being one rung off costs less than being four off.
/// </summary>
public static class RankedProbabilityScore
{
    public static double Compute(IReadOnlyList<double> probabilities, int observedLevel)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Count < 2) throw new ArgumentException("A ladder forecast needs at least two levels.", nameof(probabilities));
        if (observedLevel < 0 || observedLevel >= probabilities.Count)
            throw new ArgumentOutOfRangeException(nameof(observedLevel), $"Observed level {observedLevel} is not on a {probabilities.Count}-level ladder.");
        if (probabilities.Any(p => p < 0 || !double.IsFinite(p)) || Math.Abs(probabilities.Sum() - 1) > 1e-6)
            throw new ArgumentException("Probabilities must be non-negative and sum to 1.", nameof(probabilities));

        double cumulative = 0, total = 0;
        for (var k = 0; k < probabilities.Count - 1; k++)
        {
            cumulative += probabilities[k];
            var observed = observedLevel <= k ? 1.0 : 0.0;
            total += (cumulative - observed) * (cumulative - observed);
        }
        return total / (probabilities.Count - 1);
    }

    /// <summary>Mean RPS over several forecasts (one per actor, say).</summary>
    public static double Mean(IEnumerable<(IReadOnlyList<double> Probabilities, int Observed)> forecasts)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        var scores = forecasts.Select(f => Compute(f.Probabilities, f.Observed)).ToList();
        return scores.Count == 0 ? throw new ArgumentException("No forecasts to score.", nameof(forecasts)) : scores.Average();
    }
}
