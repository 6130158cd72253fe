using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Factors;

public sealed class CommitmentRuleTests
{
    private static KbBuilder Pact(bool defence, Modality modality = Modality.Asserted, string? condition = null) => World()
        .Tie(Helper, Target, TieType.Treaty, modality, "Syldavia and Avalon sealed the Klow accord.",
             clauses: [new Clause(ClauseKind.MutualDefence, defence, condition), new Clause(ClauseKind.Consultation, true)]);

    [Fact]
    public void Defence_clause_raises_the_chance_of_military_help()
    {
        var pact = Judge(Pact(defence: true));
        Assert.True(pact.AtLeast(LadderLevel.IndirectMilitary) > 2 * Baseline().AtLeast(LadderLevel.IndirectMilitary));
        Assert.True(pact.AtLeast(LadderLevel.IndirectMilitary) > Judge(Pact(defence: false)).AtLeast(LadderLevel.IndirectMilitary));
    }

    [Fact]
    public void A_defence_pact_alone_gives_the_post_1945_honour_rate_of_defence_pacts()
    {
        // 41% of defence pacts honoured overall, scaled to the post-1945 era: about 18%.
        var p = Judge(Pact(defence: true)).AtLeast(LadderLevel.IndirectMilitary);
        Assert.InRange(p, 0.15, 0.22);
    }

    [Fact]
    public void Before_1945_the_same_pact_is_more_reliable()
    {
        var old = new DateOnly(1939, 9, 1);
        var kb = new KbBuilder().Actor(Target, "Avalon").Actor(Attacker, "Borduria").Actor(Joiner, "Carpania").Actor(Helper, "Syldavia")
            .Tie(Helper, Target, TieType.Treaty, Modality.Asserted, "Syldavia guaranteed Avalon's borders.", date: new DateOnly(1939, 3, 31),
                 clauses: [new Clause(ClauseKind.MutualDefence, true)]).Build();
        var early = Judge(kb, scenario: War(old));
        var late = Judge(kb, scenario: War(Day));
        Assert.True(early.AtLeast(LadderLevel.IndirectMilitary) > late.AtLeast(LadderLevel.IndirectMilitary) + 0.2);
    }

    [Fact]
    public void Partnership_without_defence_clause_is_weak_and_says_so()
    {
        var commitment = Judge(Pact(defence: false)).FactorNamed("commitment");
        Assert.InRange(commitment.Effect, 0.01, 0.5);
        Assert.Contains("explicitly has no mutual-defence clause", commitment.Explanation, StringComparison.Ordinal);
        Assert.Contains("weak", commitment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Defence_clause_limited_by_a_condition_counts_less() =>
        Assert.True(Judge(Pact(true, condition: "only against Carpania")).FactorNamed("commitment").Effect
                    < Judge(Pact(true)).FactorNamed("commitment").Effect);

    [Fact]
    public void Negated_treaty_is_evidence_against_not_a_commitment()
    {
        var negated = Judge(Pact(defence: true, Modality.Negated));
        Assert.True(negated.FactorNamed("commitment").Effect < 0);
        Assert.True(negated.ExpectedLevel < Baseline().ExpectedLevel);
    }

    [Fact]
    public void Hedged_pact_counts_less_than_an_asserted_one() =>
        Assert.True(Judge(Pact(true, Modality.Hedged)).AtLeast(LadderLevel.IndirectMilitary)
                    < Judge(Pact(true)).AtLeast(LadderLevel.IndirectMilitary));
}
