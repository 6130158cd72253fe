using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Factors;

/// <summary>Voice (levels 1–2) and force (levels ≥ 3) move apart: restraints that stop fighting do not silence.</summary>
public sealed class ForceAndVoiceTests
{
    private static KbBuilder Condemning() => World()
        .Tie(Helper, Attacker, TieType.Condemnation, Modality.Asserted, "Syldavia denounced the Bordurian raid.");

    [Fact]
    public void Ties_to_the_joiner_cut_fighting_far_more_than_they_cut_words()
    {
        var free = Judge(Condemning());
        var tied = Judge(Condemning()
            .Tie(Helper, Joiner, TieType.Alignment, Modality.Asserted, "Syldavia is Carpania's closest friend.")
            .Tie(Joiner, Helper, TieType.Basing, Modality.Asserted, "Carpanian jets sit at Syldavian airfields."));
        var wordsKept = (1 - tied.Probabilities[0]) / (1 - free.Probabilities[0]);
        var fightingKept = tied.AtLeast(LadderLevel.Material) / free.AtLeast(LadderLevel.Material);
        Assert.True(wordsKept > 0.85, $"words kept {wordsKept:F2}");
        Assert.True(fightingKept < wordsKept, $"fighting kept {fightingKept:F2}, words kept {wordsKept:F2}");
    }

    [Fact]
    public void Arms_already_flowing_to_the_target_make_material_help_likely()
    {
        var arming = Judge(World().Tie(Helper, Target, TieType.ArmsSupply, Modality.Asserted, "Syldavian drones reach Avalon every week."));
        Assert.True(arming.AtLeast(LadderLevel.Material) > 0.35, $"P(>=3) = {arming.AtLeast(LadderLevel.Material):F2}");
        Assert.True(arming.FactorNamed("ongoing_help").Effect > 0);
    }

    [Fact]
    public void An_ended_hostility_with_the_joiner_reads_as_a_truce_not_a_shared_enemy()
    {
        var truce = Judge(World().Tie(Joiner, Helper, TieType.Hostility, Modality.Negated, "Carpania and Syldavia stopped shooting at each other in May."));
        Assert.DoesNotContain(truce.Factors, f => f.Explanation.Contains("same enemy", StringComparison.Ordinal));
        Assert.Contains("truce", truce.FactorNamed("cross_pressure").Explanation, StringComparison.Ordinal);
        Assert.True(truce.ExpectedLevel < Baseline().ExpectedLevel);
    }
}
