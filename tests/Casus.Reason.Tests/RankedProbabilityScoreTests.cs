namespace Casus.Reason.Tests;

public sealed class RankedProbabilityScoreTests
{
    [Fact]
    public void Certain_correct_forecast_scores_zero() =>
        Assert.Equal(0, RankedProbabilityScore.Compute([0, 0, 1, 0, 0, 0], 2), 12);

    [Fact]
    public void Certain_forecast_at_the_far_end_scores_one() =>
        Assert.Equal(1, RankedProbabilityScore.Compute([1, 0, 0, 0, 0, 0], 5), 12);

    [Fact]
    public void Being_one_rung_off_costs_less_than_being_four_off()
    {
        var near = RankedProbabilityScore.Compute([0, 0, 0, 1, 0, 0], 2);
        var far = RankedProbabilityScore.Compute([0, 0, 0, 0, 0, 1], 1);
        Assert.Equal(0.2, near, 12);
        Assert.True(far > near);
    }

    [Fact]
    public void Uniform_forecast_has_the_hand_computed_score()
    {
        // Observed 0: cumulative 1/6..5/6 against 1: (25+16+9+4+1)/36/5.
        Assert.Equal(55.0 / 36 / 5, RankedProbabilityScore.Compute([1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0], 0), 12);
    }

    [Fact]
    public void Honest_spread_beats_a_confident_miss()
    {
        double[] spread = [0.1, 0.3, 0.3, 0.2, 0.07, 0.03];
        double[] confident = [0, 0, 0, 0, 1, 0];
        Assert.True(RankedProbabilityScore.Compute(spread, 2) < RankedProbabilityScore.Compute(confident, 2));
    }

    [Fact]
    public void Mean_averages_forecasts() =>
        Assert.Equal(0.1, RankedProbabilityScore.Mean([([0, 0, 1, 0, 0, 0], 2), ([0, 0, 0, 1, 0, 0], 2)]), 12);

    [Theory]
    [InlineData(new[] { 0.5, 0.6 }, 0)]
    [InlineData(new[] { 0.5, 0.5 }, 2)]
    [InlineData(new[] { 1.0 }, 0)]
    [InlineData(new[] { -0.5, 1.5 }, 0)]
    public void Invalid_forecasts_are_rejected(double[] probabilities, int observed) =>
        Assert.ThrowsAny<ArgumentException>(() => RankedProbabilityScore.Compute(probabilities, observed));
}
