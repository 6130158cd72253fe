using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Reason.Questions;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Questions;

/// <summary>"What would change this verdict": the counterfactuals must be the engine's own answers on the changed knowledge.</summary>
public sealed class VerdictQuestionTests
{
    private static KnowledgeBase Allied() => World()
        .Tie(Helper, Target, TieType.Treaty, Modality.Asserted, "Syldavia and Avalon are treaty allies.", clauses: [new(ClauseKind.MutualDefence, true)])
        .Tie(Helper, Target, TieType.ArmsSupply, Modality.Asserted, "Syldavia ships rifles to Avalon.")
        .Tie(Helper, Attacker, TieType.Condemnation, Modality.Hedged, "Syldavia may condemn Borduria.")
        .Build();

    [Fact]
    public void The_full_distribution_is_the_verdicts_and_without_each_sentence_is_the_engine_on_the_knowledge_without_it()
    {
        var kb = Allied();
        var question = VerdictQuestion.Ask(TestWeights.Engine, kb, War(), new ActorId(Helper));
        var verdict = Judge(kb);
        for (var k = 0; k < 6; k++) Assert.Equal(verdict.Probabilities[k], question.Probabilities[k], 12);
        Assert.NotEmpty(question.Claims);
        foreach (var claim in question.Claims)
        {
            var without = new KnowledgeBase(kb.Actors, kb.Claims.Where(c => c.Evidence.Sentence != claim.Evidence.Sentence), kb.States);
            var rerun = Judge(without);
            for (var k = 0; k < 6; k++) Assert.Equal(rerun.Probabilities[k], claim.Without[k], 12);
        }
        // Largest change first.
        var moves = question.Claims.Select(c => Math.Abs(c.ExpectedWithout - question.Expected())).ToList();
        Assert.Equal(moves.OrderByDescending(m => m), moves);
    }

    [Fact]
    public void Dropping_the_treaty_lowers_the_expected_level_and_the_treaty_sentence_ranks_above_the_hedged_condemnation()
    {
        var question = VerdictQuestion.Ask(TestWeights.Engine, Allied(), War(), new ActorId(Helper));
        var treaty = question.Claims.Single(c => c.Evidence.Sentence.Contains("treaty allies", StringComparison.Ordinal));
        Assert.True(treaty.ExpectedWithout < question.Expected());
        var hedged = question.Claims.FirstOrDefault(c => c.Evidence.Sentence.Contains("may condemn", StringComparison.Ordinal));
        if (hedged is not null)
            Assert.True(Math.Abs(treaty.ExpectedWithout - question.Expected()) > Math.Abs(hedged.ExpectedWithout - question.Expected()));
        var commitment = question.Factors.Single(f => f.Factor.Name == "commitment");
        Assert.True(commitment.ExpectedWithout < question.Expected());
        Assert.All(question.Factors, f => Assert.Equal(1.0, f.Without.Sum(), 9));
    }

    [Fact]
    public void The_prior_is_the_distribution_with_no_factor_and_the_evidence_share_measures_how_far_the_verdict_moved_from_it()
    {
        var allied = VerdictQuestion.Ask(TestWeights.Engine, Allied(), War(), new ActorId(Helper));
        var baseline = VerdictQuestion.Ask(TestWeights.Engine, World().Build(), War(), new ActorId(Helper));
        Assert.Equal(allied.Prior, baseline.Prior);
        Assert.Equal(1.0, allied.Prior.Sum(), 9);
        Assert.InRange(allied.EvidenceShare, 0, 1);
        // A treaty ally's verdict rests far more on evidence than a bystander's.
        Assert.True(allied.EvidenceShare > baseline.EvidenceShare + 0.1, $"{allied.EvidenceShare} vs {baseline.EvidenceShare}");
    }
}
