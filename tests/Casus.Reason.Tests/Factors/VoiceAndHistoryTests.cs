using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Factors;

public sealed class VoiceAndHistoryTests
{
    [Fact]
    public void Condemnation_moves_mass_from_silence_to_words_only()
    {
        var loud = Judge(World().Tie(Helper, Attacker, TieType.Condemnation, Modality.Asserted, "Syldavia deplored the Bordurian assault."));
        var quiet = Baseline();
        Assert.True(loud.AtLeast(LadderLevel.Rhetorical) > quiet.AtLeast(LadderLevel.Rhetorical) + 0.2);
        Assert.Equal(quiet.AtLeast(LadderLevel.Diplomatic), loud.AtLeast(LadderLevel.Diplomatic), 9);
        Assert.Equal(LadderLevel.Rhetorical, loud.Level);
    }

    [Fact]
    public void Negated_condemnation_is_not_rhetoric()
    {
        var silent = Judge(World().Tie(Helper, Attacker, TieType.Condemnation, Modality.Negated, "Syldavia pointedly did not criticise Borduria."));
        Assert.Equal(0, silent.FactorNamed("rhetoric").Effect);
        Assert.Equal(Baseline().Probabilities, silent.Probabilities);
    }

    [Fact]
    public void UN_shielding_raises_diplomatic_help_but_not_fighting()
    {
        var shield = Judge(World().Tie(Helper, Target, TieType.UnShielding, Modality.Asserted, "Syldavia vetoed the sanctions on Avalon."));
        var quiet = Baseline();
        Assert.True(shield.AtLeast(LadderLevel.Diplomatic) > quiet.AtLeast(LadderLevel.Diplomatic) + 0.1);
        Assert.Equal(quiet.AtLeast(LadderLevel.Material), shield.AtLeast(LadderLevel.Material), 9);
    }

    [Fact]
    public void Staying_out_before_pulls_down_and_fighting_the_attacker_already_pushes_up()
    {
        var stayedOut = Judge(World().State(Helper, ActorStateKind.StayedOut, Modality.Asserted, "Syldavia sat out the last war.", context: "the last war"));
        var fighting = Judge(World().Tie(Helper, Attacker, TieType.Hostility, Modality.Asserted, "Syldavian gunboats shelled Bordurian ports."));
        Assert.True(stayedOut.ExpectedLevel < Baseline().ExpectedLevel);
        Assert.True(fighting.ExpectedLevel > Baseline().ExpectedLevel);
        Assert.Contains("the last war", stayedOut.FactorNamed("precedent").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_war_elsewhere_distracts()
    {
        var busy = Judge(World().Actor("ZAN", "Zanzibaria").Tie(Helper, "ZAN", TieType.Hostility, Modality.Asserted, "Syldavia is bogged down in Zanzibaria."));
        Assert.True(busy.FactorNamed("distraction").Effect < 0);
        Assert.True(busy.ExpectedLevel < Baseline().ExpectedLevel);
    }

    [Fact]
    public void Many_wars_elsewhere_count_as_their_strongest_and_every_one_can_be_cited()
    {
        // Dozens of wars of mixed modality, some out of date, some conditional: the verdict's numbers
        // (computed without reading them all) and its explained distraction factor must agree.
        var world = World();
        var modalities = new[] { Modality.Asserted, Modality.Hedged, Modality.Speculated, Modality.Conditional, Modality.Threatened };
        for (var i = 0; i < 40; i++)
        {
            world.Actor($"far{i}", $"Farland {i}");
            world.Tie(Helper, $"far{i}", TieType.Hostility, modalities[i % modalities.Length], $"Syldavia skirmishes with Farland {i}.",
                validUntil: i % 7 == 0 ? Day.AddDays(-30) : null, conditionActor: i % 2 == 0 ? Attacker : null);
        }
        var verdict = Judge(world);
        var distraction = verdict.FactorNamed("distraction");
        var single = Judge(World().Actor("far1", "Farland 1").Tie(Helper, "far1", TieType.Hostility, Modality.Asserted, "Syldavia skirmishes with Farland 1."));
        Assert.Equal(single.FactorNamed("distraction").Effect, distraction.Effect); // asserted is the strongest; repeats add nothing
        Assert.NotEmpty(distraction.Evidence);
    }
}
