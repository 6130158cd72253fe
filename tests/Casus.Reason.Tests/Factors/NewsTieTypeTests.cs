using Casus.Core.Claims;
using Casus.Core.Scenarios;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Factors;

/// <summary>How the reasoning reads the tie types news reports gave it (issue 13): contact is
/// diplomacy, non-participation is restraint, an attack on the attackers is already fighting.</summary>
public sealed class NewsTieTypeTests
{
    [Fact]
    public void Contact_with_the_target_raises_diplomatic_help_but_not_fighting()
    {
        var calls = Judge(World().Tie(Helper, Target, TieType.Contact, Modality.Asserted, "Syldavia's president phoned Avalon's leader twice."));
        var quiet = Baseline();
        Assert.True(calls.AtLeast(LadderLevel.Diplomatic) > quiet.AtLeast(LadderLevel.Diplomatic));
        Assert.Equal(quiet.AtLeast(LadderLevel.Material), calls.AtLeast(LadderLevel.Material), 9);
        Assert.Contains("in contact with", calls.FactorNamed("diplomacy").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Staying_out_of_the_fight_with_the_attacker_is_restraint()
    {
        var restrained = Judge(World().Tie(Helper, Attacker, TieType.NonParticipation, Modality.Asserted, "Syldavia has not fired a shot at Borduria."));
        Assert.True(restrained.ExpectedLevel < Baseline().ExpectedLevel);
        Assert.True(restrained.FactorNamed("precedent").Effect < 0);
    }

    [Fact]
    public void A_dated_attack_on_the_attacker_is_already_fighting()
    {
        var striking = Judge(World().Tie(Helper, Attacker, TieType.Attack, Modality.Asserted, "Syldavian jets struck Bordurian depots on Monday."));
        Assert.True(striking.ExpectedLevel > Baseline().ExpectedLevel);
        Assert.True(striking.FactorNamed("precedent").Effect > 0);
    }
}
