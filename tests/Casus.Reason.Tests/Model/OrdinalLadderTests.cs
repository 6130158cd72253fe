using Casus.Reason.Model;
using Casus.Reason.Tests.Fixtures;
using Casus.Reason.Weights;

namespace Casus.Reason.Tests.Model;

public sealed class OrdinalLadderTests
{
    private static readonly OrdinalLadder Ladder = new(WeightTable.Parse(TestWeights.Text));

    [Theory]
    [InlineData(-6, 0, 0, null)]
    [InlineData(0, 0, 0, null)]
    [InlineData(8, 0, 0, null)]
    [InlineData(1, 2.5, 2.5, null)]
    [InlineData(3, 0, 0, 1)]
    [InlineData(3, 1, 1, 0)]
    public void Distribution_is_a_probability_vector(double eta, double voice, double diplomacy, int? cap)
    {
        var p = Ladder.Distribution(eta, voice, diplomacy, cap);
        Assert.Equal(6, p.Length);
        Assert.Equal(1.0, p.Sum(), 12);
        Assert.All(p, x => Assert.True(x > 0));
    }

    [Fact]
    public void Higher_propensity_moves_mass_up_every_rung()
    {
        var low = Ladder.Distribution(0, 0, 0, null);
        var high = Ladder.Distribution(1, 0, 0, null);
        for (var k = 1; k < 6; k++) Assert.True(high.Skip(k).Sum() > low.Skip(k).Sum());
    }

    [Fact]
    public void Voice_shift_only_moves_mass_from_none_to_rhetorical()
    {
        var quiet = Ladder.Distribution(0.5, 0, 0, null);
        var loud = Ladder.Distribution(0.5, 1.5, 0, null);
        Assert.True(loud[0] < quiet[0]);
        Assert.True(loud[1] > quiet[1]);
        for (var k = 2; k < 6; k++) Assert.Equal(quiet[k], loud[k], 12);
    }

    [Fact]
    public void Diplomacy_shift_moves_mass_to_diplomatic_and_leaves_higher_rungs_alone()
    {
        var quiet = Ladder.Distribution(0.5, 0, 0, null);
        var busy = Ladder.Distribution(0.5, 0, 1.5, null);
        Assert.True(busy[2] > quiet[2]);
        for (var k = 3; k < 6; k++) Assert.Equal(quiet[k], busy[k], 12);
    }

    [Fact]
    public void Capability_cap_moves_mass_below_the_cap_but_keeps_a_floor_above()
    {
        var free = Ladder.Distribution(3, 0, 0, null);
        var capped = Ladder.Distribution(3, 0, 0, 2);
        Assert.True(capped[2] > free[2]);
        for (var k = 3; k < 6; k++)
        {
            Assert.True(capped[k] < free[k] * 0.2);
            Assert.True(capped[k] > 0);
        }
    }

    [Fact]
    public void Logit_inverts_sigmoid() => Assert.Equal(0.3, OrdinalLadder.Sigmoid(OrdinalLadder.Logit(0.3)), 12);

    [Fact]
    public void Capability_cap_spreads_the_lost_mass_in_proportion_instead_of_piling_it_on_the_cap()
    {
        var free = Ladder.Distribution(1.5, 0, 0, null);
        var crippled = Ladder.Distribution(1.5, 0, 0, 1);
        Assert.InRange(crippled[1] / crippled[0], free[1] / free[0] * 0.8, free[1] / free[0] * 1.25);
        Assert.True(crippled[0] > free[0] * 1.5);
    }

    [Fact]
    public void Role_cap_folds_open_war_into_indirect_help()
    {
        var free = Ladder.Distribution(2.5, 0, 0, null);
        var proxy = Ladder.Distribution(2.5, 0, 0, null, foldAbove: 4);
        Assert.True(proxy[4] > free[4] + free[5] * 0.8);
        Assert.Equal(free[0], proxy[0], 6);
    }

    [Fact]
    public void Evidence_alone_never_makes_a_rung_above_diplomacy_near_certain()
    {
        foreach (var fold in new int?[] { null, 4 })
        {
            var p = Ladder.Distribution(50, 0, 0, null, fold);
            for (var k = 3; k < p.Length; k++) Assert.True(p[k] <= 0.6, $"P({k}) = {p[k]:F2}");
        }
    }
}
