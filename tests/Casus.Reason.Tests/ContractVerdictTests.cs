using Casus.Core.Actors;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;

namespace Casus.Reason.Tests;

/// <summary>EXPECTED.md's verdicts, on a knowledge base of exactly the contract's claims.</summary>
public sealed class ContractVerdictTests
{
    private static readonly ScenarioResult Result = TestWeights.Engine.Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael);

    private static Verdict Of(string id) => Result.Verdicts.Single(v => v.Actor == new ActorId(id));

    [Theory]
    [InlineData("RUS")]
    [InlineData("CHN")]
    public void Great_powers_most_likely_talk_or_use_diplomacy_and_almost_never_fight(string id)
    {
        var verdict = Of(id);
        Assert.InRange((int)verdict.Level, 1, 2);
        Assert.True(verdict.Probabilities[5] < 0.1, $"P(5) = {verdict.Probabilities[5]:F3}");
    }

    [Theory]
    [InlineData("pmf")]
    [InlineData("kataib-hezbollah")]
    [InlineData("houthis")]
    public void Strong_proxies_have_a_real_chance_of_indirect_military_help(string id) =>
        Assert.True(Of(id).AtLeast(LadderLevel.IndirectMilitary) >= 0.25, $"{id}: P(>=4) = {Of(id).AtLeast(LadderLevel.IndirectMilitary):F3}");

    [Fact]
    public void Neutralised_Hezbollah_is_capped_low()
    {
        var hezbollah = Of("hezbollah");
        Assert.True(hezbollah.Level <= LadderLevel.Rhetorical);
        Assert.Equal(LadderLevel.Rhetorical, hezbollah.Cap);
        Assert.True(hezbollah.AtLeast(LadderLevel.IndirectMilitary) < 0.1);
    }

    [Fact]
    public void Pakistan_offers_words_or_diplomacy() => Assert.InRange((int)Of("PAK").Level, 1, 2);

    [Theory]
    [InlineData("SAU")]
    [InlineData("EGY")]
    [InlineData("ARE")]
    [InlineData("TUR")]
    [InlineData("PRK")]
    public void Actors_aligned_with_the_US_or_only_speculatively_tied_stay_at_most_rhetorical(string id) =>
        Assert.True(Of(id).Level <= LadderLevel.Rhetorical, $"{id}: level {Of(id).Level}");

    [Fact]
    public void Every_verdict_cites_at_least_one_evidence_sentence() =>
        Assert.All(Result.Verdicts, v => Assert.NotEmpty(v.Factors.SelectMany(f => f.Evidence)));

    [Fact]
    public void Parties_to_the_war_get_no_verdict() =>
        Assert.DoesNotContain(Result.Verdicts, v => v.Actor.Value is "IRN" or "ISR" or "USA");

    [Fact]
    public void Support_that_ended_before_the_as_of_date_does_not_bring_in_the_toppled_regime() =>
        Assert.DoesNotContain(Result.Verdicts, v => v.Actor.Value == "assad-regime");

    [Fact]
    public void Russia_commitment_is_explained_as_a_partnership_without_defence_clause()
    {
        var commitment = Of("RUS").Factors.Single(f => f.Name == "commitment");
        Assert.Contains("no mutual-defence clause", commitment.Explanation, StringComparison.Ordinal);
        Assert.InRange(commitment.Effect, 0.01, 0.5);
        Assert.Contains(commitment.Evidence, e => e.Sentence.Contains("partnership pact", StringComparison.Ordinal));
    }

    [Fact]
    public void Kataib_Hezbollah_verdict_rests_on_its_conditional_threat_and_the_PMF()
    {
        var kh = Of("kataib-hezbollah");
        var intent = kh.Factors.Single(f => f.Name == "stated_intent");
        Assert.Contains("condition met", intent.Explanation, StringComparison.Ordinal);
        Assert.Contains(kh.Factors, f => f.Explanation.Contains("via Popular Mobilisation Forces", StringComparison.Ordinal));
    }
}
