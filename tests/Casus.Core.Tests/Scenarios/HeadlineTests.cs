using Casus.Core.Scenarios;

namespace Casus.Core.Tests.Scenarios;

public class HeadlineTests
{
    // Two-peaked: most likely "none", yet a 39% chance of arms or more. Its mean (1.22) is below the
    // diplomat's (2.0), so sorting by the mean put it second, under an actor that will only talk.
    private static readonly Verdict TwoPeaked = new(Fictional.Avalon, "Avalon", [0.55, 0.05, 0.01, 0.39, 0, 0], LadderLevel.None, []);
    private static readonly Verdict Diplomat = new(Fictional.Borduria, "Borduria", [0, 0.1, 0.8, 0.1, 0, 0], LadderLevel.Diplomatic, []);

    [Fact]
    public void The_four_chances_are_the_cumulative_probabilities_a_reader_asks_about()
    {
        Assert.Equal(["P(words)", "P(diplomacy)", "P(material+)", "P(fighting)"], Headline.Thresholds.Select(t => Headline.Heading(t.From)));
        Assert.Equal([45, 40, 39, 0], Headline.Thresholds.Select(t => Headline.Percent(TwoPeaked.AtLeast(t.From))));
        Assert.Equal([100, 90, 10, 0], Headline.Thresholds.Select(t => Headline.Percent(Diplomat.AtLeast(t.From))));
    }

    [Fact]
    public void A_real_chance_of_material_help_comes_before_a_likelier_but_lower_rung()
    {
        Assert.True(TwoPeaked.ExpectedLevel < Diplomat.ExpectedLevel);
        Assert.Equal(["Avalon", "Borduria"], new[] { Diplomat, TwoPeaked }.Order(Headline.ReadingOrder).Select(v => v.ActorName));
    }

    [Fact]
    public void Equal_as_printed_material_chances_are_ordered_by_diplomacy_then_name()
    {
        // 39.1% and 38.9% both print as 39%: the reader cannot tell them apart, so diplomacy decides.
        var talker = new Verdict(Fictional.Carpania, "Carpania", [0.1, 0.1, 0.409, 0.391, 0, 0], LadderLevel.Diplomatic, []);
        var quiet = new Verdict(Fictional.Borduria, "Borduria", [0.5, 0.111, 0, 0.389, 0, 0], LadderLevel.None, []);
        Assert.Equal(["Carpania", "Borduria"], new[] { quiet, talker }.Order(Headline.ReadingOrder).Select(v => v.ActorName));
        var twin = TwoPeaked with { Actor = Fictional.Carpania, ActorName = "Carpania" };
        Assert.Equal(["Avalon", "Carpania"], new[] { twin, TwoPeaked }.Order(Headline.ReadingOrder).Select(v => v.ActorName));
    }

    [Fact]
    public void Percent_rounds_half_away_from_zero_as_printed()
    {
        Assert.Equal(13, Headline.Percent(0.125));
        Assert.Equal(0, Headline.Percent(0.004));
        Assert.Equal(100, Headline.Percent(0.9999));
        Assert.Throws<ArgumentOutOfRangeException>(() => Headline.Name(LadderLevel.DirectMilitary));
    }
}
