using Casus.Pipeline.Backtest;
using Casus.Reason;

namespace Casus.Pipeline.Tests.Backtest;

/// <summary>
/// The numbers the backtest reports, against values worked by hand from REASONING.md's formula
/// RPS = (1/5) Σ_{k=0..4} (P(≤k) − [o ≤ k])².
/// </summary>
public sealed class BaselineArithmeticTests
{
    [Theory]
    // Uniform, observed 2: cumulative 1/6..5/6 against 0,0,1,1,1 → (1+4+9+4+1)/36/5 = 19/180.
    [InlineData(2, 19.0 / 180)]
    // Uniform, observed 1: against 0,1,1,1,1 → (1+16+9+4+1)/36/5 = 31/180.
    [InlineData(1, 31.0 / 180)]
    // Uniform, observed 5: against 0,0,0,0,0 → (1+4+9+16+25)/36/5 = 55/180.
    [InlineData(5, 55.0 / 180)]
    public void Uniform_forecast_scores_the_hand_computed_rps(int observed, double expected) =>
        Assert.Equal(expected, RankedProbabilityScore.Compute(BaseRateForecast.Uniform, observed), 12);

    [Theory]
    // Silence read as P(0) = 1: cumulative 1,1,1,1,1. Observed 0 → 0; observed 2 → (1+1)/5; observed 5 → 5/5.
    [InlineData(0, 0.0)]
    [InlineData(2, 0.4)]
    [InlineData(5, 1.0)]
    public void No_verdict_is_scored_as_certain_inaction(int observed, double expected) =>
        Assert.Equal(expected, RankedProbabilityScore.Compute(BaseRateForecast.NoVerdict, observed), 12);

    [Fact]
    public void Base_rate_leaves_the_scored_case_out_and_adds_one_per_level()
    {
        IReadOnlyList<IReadOnlyList<int>> observed = [[1, 1], [2], [5]];
        // For case 0: counts 1 each plus level 2 and level 5 once → [1,1,2,1,1,2] / 8.
        Assert.Equal([1 / 8.0, 1 / 8.0, 2 / 8.0, 1 / 8.0, 1 / 8.0, 2 / 8.0], BaseRateForecast.LeaveOneCaseOut(observed, 0));
        // For case 2: plus level 1 twice and level 2 once → [1,3,2,1,1,1] / 9.
        Assert.Equal([1 / 9.0, 3 / 9.0, 2 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0], BaseRateForecast.LeaveOneCaseOut(observed, 2));
    }

    [Fact]
    public void Base_rate_forecast_scores_the_hand_computed_rps()
    {
        // [1,1,2,1,1,2]/8, observed 2: cumulative 1/8, 2/8, 4/8, 5/8, 6/8 against 0,0,1,1,1
        // → (1/64 + 4/64 + 16/64 + 9/64 + 4/64)/5 = 34/320.
        IReadOnlyList<IReadOnlyList<int>> observed = [[1, 1], [2], [5]];
        Assert.Equal(34.0 / 320, RankedProbabilityScore.Compute(BaseRateForecast.LeaveOneCaseOut(observed, 0), 2), 12);
    }
}
