namespace Casus.Fit;

/// <summary>
/// Ranked probability score for an outcome known only as an interval [lo, hi] of levels:
/// RPS = 1/(K−1) · Σ_k (P(≤k) − [o ≤ k])² over the thresholds k the observation decides
/// (k &lt; lo: the outcome is above, k ≥ hi: at or below); thresholds inside the interval add nothing.
/// For a single level (lo = hi) this is the ordinary RPS. Every forecast is scored on the same
/// thresholds, so comparisons between forecasts stay fair.
/// </summary>
public static class IntervalRps
{
    public static double Score(ReadOnlySpan<double> probabilities, int lo, int hi)
    {
        var k = probabilities.Length;
        double cumulative = 0, sum = 0;
        for (var t = 0; t < k - 1; t++)
        {
            cumulative += probabilities[t];
            if (t < lo) sum += cumulative * cumulative;
            else if (t >= hi) sum += (1 - cumulative) * (1 - cumulative);
        }
        return sum / (k - 1);
    }
}

/// <summary>One bin of a reliability diagram: forecasts of P(event) in [From, To), their mean, and how often the event happened.</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanForecast, double ObservedRate)
{
    public double Gap => Math.Abs(MeanForecast - ObservedRate);
}

/// <summary>Reliability (calibration) bins for forecasts of a yes/no event ("level ≥ m").</summary>
public static class Reliability
{
    /// <summary>Bins of equal width; outcomes the data leave undecided for this event are the caller's to drop.</summary>
    public static IReadOnlyList<ReliabilityBin> Bins(IEnumerable<(double Forecast, bool Happened)> pairs, int bins = 10)
    {
        var count = new int[bins];
        var forecast = new double[bins];
        var happened = new double[bins];
        foreach (var (f, h) in pairs)
        {
            var b = Math.Clamp((int)(f * bins), 0, bins - 1);
            count[b]++;
            forecast[b] += f;
            if (h) happened[b]++;
        }
        var result = new List<ReliabilityBin>(bins);
        for (var b = 0; b < bins; b++)
            result.Add(new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, count[b],
                count[b] == 0 ? 0 : forecast[b] / count[b], count[b] == 0 ? 0 : happened[b] / count[b]));
        return result;
    }
}
