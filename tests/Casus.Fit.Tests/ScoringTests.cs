using Casus.Fit;

namespace Casus.Fit.Tests;

public sealed class ScoringTests
{
    [Fact]
    public void An_exact_outcome_scores_the_ordinary_ranked_probability_score()
    {
        double[] p = [0.1, 0.2, 0.3, 0.2, 0.1, 0.1];
        // Observed 2: cumulative 0.1, 0.3, 0.6, 0.8, 0.9 against 0, 0, 1, 1, 1.
        var expected = (0.01 + 0.09 + 0.16 + 0.04 + 0.01) / 5;
        Assert.Equal(expected, IntervalRps.Score(p, 2, 2), 12);
        Assert.Equal(0, IntervalRps.Score([0, 0, 0, 1, 0, 0], 3, 3), 12);
    }

    [Fact]
    public void Thresholds_inside_an_interval_add_nothing()
    {
        double[] p = [0.1, 0.2, 0.3, 0.2, 0.1, 0.1];
        // "No force" [0, 3]: only P(<=3) = 0.8 and P(<=4) = 0.9 are decided (both should be 1).
        Assert.Equal((0.04 + 0.01) / 5, IntervalRps.Score(p, 0, 3), 12);
        // A forecast that puts everything in the interval scores perfectly.
        Assert.Equal(0, IntervalRps.Score([0.5, 0.2, 0.2, 0.1, 0, 0], 0, 3), 12);
    }

    [Fact]
    public void Reliability_bins_count_forecasts_and_outcomes()
    {
        var bins = Reliability.Bins([(0.05, false), (0.08, true), (0.95, true), (1.0, true)]);
        Assert.Equal(10, bins.Count);
        Assert.Equal(2, bins[0].Count);
        Assert.Equal(0.5, bins[0].ObservedRate, 12);
        Assert.Equal(2, bins[9].Count);
        Assert.Equal(0.975, bins[9].MeanForecast, 12);
    }
}
