using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Factors;

public sealed class PatronageAndCapabilityTests
{
    private static KbBuilder Proxy(Modality modality = Modality.Asserted) => World()
        .Tie(Target, Helper, TieType.Patronage, modality, "Avalon pays and arms the Syldavian militias.");

    [Fact]
    public void A_client_of_the_target_is_likely_to_fight_indirectly_but_not_openly()
    {
        var proxy = Judge(Proxy());
        Assert.True(proxy.AtLeast(LadderLevel.IndirectMilitary) > 0.3);
        Assert.Equal(LadderLevel.IndirectMilitary, proxy.Cap);
        Assert.True(proxy.Probabilities[5] < 0.1);
    }

    [Fact]
    public void Negated_patronage_never_makes_a_proxy()
    {
        var denied = Judge(Proxy(Modality.Negated));
        Assert.Null(denied.Cap);
        Assert.True(denied.AtLeast(LadderLevel.IndirectMilitary) < Baseline().AtLeast(LadderLevel.IndirectMilitary));
    }

    [Fact]
    public void Neutralised_capability_caps_the_level_but_leaves_honest_spread_above_it()
    {
        var spent = Judge(Proxy().State(Helper, ActorStateKind.CapabilityNeutralised, Modality.Asserted, "The militias are finished as a fighting force."));
        Assert.Equal(LadderLevel.Rhetorical, spent.Cap);
        Assert.True(spent.Level <= LadderLevel.Rhetorical);
        Assert.True(spent.AtLeast(LadderLevel.Diplomatic) < 0.15);
        Assert.All(spent.Probabilities.Skip(2), p => Assert.True(p > 0, "capped levels keep a small floor"));
    }

    [Fact]
    public void Negated_neutralisation_is_not_a_cap()
    {
        var claimedDead = Judge(Proxy().State(Helper, ActorStateKind.CapabilityNeutralised, Modality.Negated, "The militias are far from finished."));
        Assert.Equal(LadderLevel.IndirectMilitary, claimedDead.Cap);
        Assert.Equal(Judge(Proxy()).Probabilities, claimedDead.Probabilities);
    }

    [Fact]
    public void Toppled_regime_is_capped_at_none()
    {
        var gone = Judge(Proxy().State(Helper, ActorStateKind.RegimeToppled, Modality.Asserted, "The Syldavian junta collapsed."));
        Assert.Equal(LadderLevel.None, gone.Cap);
        Assert.Equal(LadderLevel.None, gone.Level);
    }

    [Fact]
    public void Size_and_strength_raise_the_propensity() =>
        Assert.True(Judge(Proxy()
                .State(Helper, ActorStateKind.CapabilityStrong, Modality.Asserted, "The militias remain a force to reckon with.")
                .State(Helper, ActorStateKind.Size, Modality.Asserted, "They number some 150,000.", 150_000))
            .AtLeast(LadderLevel.IndirectMilitary) > Judge(Proxy()).AtLeast(LadderLevel.IndirectMilitary));

    [Fact]
    public void A_faction_inherits_its_parent_ties_and_its_own_capability_beats_the_bloc()
    {
        var kb = World()
            .Actor("front", "Avalonian Front", ActorKind.Bloc)
            .Actor("militia", "Syldavian Militia", ActorKind.ArmedGroup, "brigade", "front")
            .Actor("brigade", "Red Brigade", ActorKind.ArmedGroup, "front")
            .Tie(Target, "brigade", TieType.Patronage, Modality.Asserted, "Avalon funds the Red Brigade.")
            .State("front", ActorStateKind.CapabilityDegraded, Modality.Asserted, "The Front is a shadow of itself.")
            .State("brigade", ActorStateKind.CapabilityStrong, Modality.Asserted, "The Red Brigade is as strong as ever.")
            .Build();
        var militia = Judge(kb, "militia");
        var capability = militia.FactorNamed("capability");
        Assert.True(capability.Effect > 0);
        Assert.Contains("via Red Brigade", capability.Explanation, StringComparison.Ordinal);
        Assert.Contains("via Red Brigade", militia.FactorNamed("patronage").Explanation, StringComparison.Ordinal);
        Assert.True(militia.FactorNamed("patronage").Effect < Judge(kb, "brigade").FactorNamed("patronage").Effect);
    }

    [Fact]
    public void A_faction_of_a_bloc_that_backs_the_target_leans_in_as_a_network_member()
    {
        var kb = World()
            .Actor("front", "Avalonian Front", ActorKind.Bloc)
            .Actor("militia", "Syldavian Militia", ActorKind.ArmedGroup, "front")
            .Tie("front", Target, TieType.Support, Modality.Asserted, "Avalon can count on the Front's backing.")
            .Tie("militia", Joiner, TieType.Condemnation, Modality.Asserted, "The militia railed against Carpania.")
            .Build();
        var militia = Judge(kb, "militia");
        var patronage = militia.FactorNamed("patronage");
        Assert.Contains("member of Avalonian Front", patronage.Explanation, StringComparison.Ordinal);
        Assert.True(patronage.Effect > 0);
        Assert.Equal(LadderLevel.IndirectMilitary, militia.Cap);
    }
}
