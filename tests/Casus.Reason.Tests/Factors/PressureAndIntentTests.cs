using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Factors;

public sealed class PressureAndIntentTests
{
    [Fact]
    public void Alignment_with_the_joiner_pulls_the_actor_down()
    {
        var aligned = Judge(World().Tie(Helper, Joiner, TieType.Alignment, Modality.Asserted, "Syldavia is Carpania's closest friend."));
        Assert.True(aligned.FactorNamed("cross_pressure").Effect < 0);
        Assert.True(aligned.ExpectedLevel < Baseline().ExpectedLevel);
    }

    [Fact]
    public void Hosting_the_attacker_bases_pulls_down() =>
        Assert.True(Judge(World().Tie(Attacker, Helper, TieType.Basing, Modality.Asserted, "Bordurian jets sit at Syldavian airfields."))
            .ExpectedLevel < Baseline().ExpectedLevel);

    private static KbBuilder Threat(Modality modality, string? trigger = null) => World()
        .Tie(Helper, Joiner, TieType.Threat, modality, "Syldavia swore to strike Carpanian depots if Carpania moved.",
             conditionActor: trigger, condition: trigger is null ? null : "if Carpania moves");

    [Fact]
    public void Threat_conditioned_on_a_joiner_counts_fully()
    {
        var conditional = Judge(Threat(Modality.Conditional, Joiner)).FactorNamed("stated_intent");
        var asserted = Judge(Threat(Modality.Asserted)).FactorNamed("stated_intent");
        Assert.Equal(asserted.Effect, conditional.Effect, 9);
        Assert.Contains("condition met", conditional.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Threat_conditioned_on_someone_outside_the_war_counts_little() =>
        Assert.True(Judge(Threat(Modality.Conditional, Helper)).FactorNamed("stated_intent").Effect
                    < Judge(Threat(Modality.Hedged)).FactorNamed("stated_intent").Effect);

    [Fact]
    public void Hedged_and_speculated_threats_count_less_than_asserted()
    {
        var asserted = Judge(Threat(Modality.Asserted)).FactorNamed("stated_intent").Effect;
        var hedged = Judge(Threat(Modality.Hedged)).FactorNamed("stated_intent").Effect;
        var speculated = Judge(Threat(Modality.Speculated)).FactorNamed("stated_intent").Effect;
        Assert.True(asserted > hedged && hedged > speculated && speculated > 0);
    }

    [Fact]
    public void Negated_offer_of_help_counts_against()
    {
        var refused = Judge(World().Tie(Helper, Target, TieType.Support, Modality.Negated, "Syldavia would not commit its army."));
        Assert.True(refused.FactorNamed("stated_intent").Effect < 0);
        Assert.True(refused.ExpectedLevel < Baseline().ExpectedLevel);
    }

    [Fact]
    public void Hedged_offer_that_is_really_doubt_counts_against()
    {
        var doubted = Judge(World().Tie(Helper, Target, TieType.ArmsSupply, Modality.Hedged, "Syldavia is unlikely to ship rifles to Avalon."));
        Assert.True(doubted.FactorNamed("stated_intent").Effect < 0);
        Assert.DoesNotContain(doubted.Factors, f => f.Name == "interests");
    }

    [Fact]
    public void Promised_arms_raise_material_help()
    {
        var promised = Judge(World().Tie(Helper, Target, TieType.ArmsSupply, Modality.Promised, "Syldavia pledged shells to Avalon."));
        Assert.True(promised.FactorNamed("stated_intent").Effect > 0);
        Assert.True(promised.AtLeast(LadderLevel.Material) > Baseline().AtLeast(LadderLevel.Material));
    }

    [Fact]
    public void Energy_trade_with_the_target_raises_the_propensity() =>
        Assert.True(Judge(World().Tie(Helper, Target, TieType.EnergyTrade, Modality.Asserted, "Syldavia buys most of Avalon's gas."))
            .FactorNamed("interests").Effect > 0);

    [Fact]
    public void Shared_bloc_with_the_target_counts_as_interest()
    {
        var kb = World().Actor("league", "Northern League", Casus.Core.Actors.ActorKind.Bloc)
            .Tie(Helper, "league", TieType.Membership, Modality.Asserted, "Syldavia joined the Northern League.")
            .Tie(Target, "league", TieType.Membership, Modality.Asserted, "Avalon is a founding League member.");
        Assert.Contains("Northern League", Judge(kb).FactorNamed("interests").Explanation, StringComparison.Ordinal);
    }
}
