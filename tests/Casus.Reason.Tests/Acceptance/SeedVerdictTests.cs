using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Ingest;
using Casus.Reason.Tests.Fixtures;
using Casus.Testing;

namespace Casus.Reason.Tests.Acceptance;

/// <summary>
/// EXPECTED.md on the real thing: the two seed articles read by the real reader, extracted by
/// the real extractor with the shipped lexicons, judged with the shipped weights.
/// </summary>
public sealed class SeedVerdictTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<ScenarioResult> Result = new(() =>
        TestWeights.Engine.Evaluate(SeedKnowledge(), new Scenario(new ActorId("IRN"), [new ActorId("ISR")], [new ActorId("USA")], new DateOnly(2025, 6, 21))));

    private static KnowledgeBase SeedKnowledge()
    {
        var folder = Path.Combine(SharedCorpus.RepoRoot, "data", "lexicon");
        var files = Directory.GetFiles(folder, "*.tsv").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var lexicons = ExtractionLexicons.Parse(files, "test");
        var extractor = new RuleExtractor(lexicons);
        var ties = new List<TieClaim>();
        var states = new List<StateClaim>();
        foreach (var seed in new[] { SharedCorpus.TheWeek, SharedCorpus.Rnz })
            foreach (var document in new DocumentReaders().ReadFile(SharedCorpus.Seed(seed)))
            {
                var extracted = extractor.Extract(document);
                ties.AddRange(extracted.Ties);
                states.AddRange(extracted.States);
            }
        return new KnowledgeBase(lexicons.Actors.Actors, ties, states);
    }

    private static Verdict Of(string id) => Result.Value.Verdicts.Single(v => v.Actor == new ActorId(id));

    [Theory]
    [InlineData("RUS")]
    [InlineData("CHN")]
    public void Russia_and_China_most_likely_words_or_diplomacy_and_almost_never_war(string id)
    {
        Assert.InRange((int)Of(id).Level, 1, 2);
        Assert.True(Of(id).Probabilities[5] < 0.1);
    }

    [Theory]
    [InlineData("pmf")]
    [InlineData("kataib-hezbollah")]
    [InlineData("houthis")]
    public void Iraqi_militias_and_Houthis_have_a_real_chance_of_indirect_military_help(string id) =>
        Assert.True(Of(id).AtLeast(LadderLevel.IndirectMilitary) >= 0.25, $"{id}: {Of(id).AtLeast(LadderLevel.IndirectMilitary):F3}");

    [Fact]
    public void Hezbollah_is_low_because_it_is_neutralised()
    {
        Assert.True(Of("hezbollah").Level <= LadderLevel.Rhetorical);
        Assert.Contains(Of("hezbollah").Factors, f => f.Name == "capability" && f.Effect < 0);
    }

    [Fact]
    public void Pakistan_offers_words_or_diplomacy() => Assert.InRange((int)Of("PAK").Level, 1, 2);

    [Theory]
    [InlineData("SAU")]
    [InlineData("EGY")]
    [InlineData("ARE")]
    [InlineData("TUR")]
    [InlineData("PRK")]
    public void US_aligned_powers_and_North_Korea_stay_at_most_rhetorical(string id) =>
        Assert.True(Of(id).Level <= LadderLevel.Rhetorical, $"{id}: {Of(id).Level}");

    [Fact]
    public void Every_verdict_cites_a_seed_sentence_verbatim_with_its_date()
    {
        foreach (var v in Result.Value.Verdicts) // the table docs/reasoning.md quotes
            output.WriteLine($"{v.Actor}: level {(int)v.Level}, P(>=4) {v.AtLeast(LadderLevel.IndirectMilitary):F2}, P(5) {v.Probabilities[5]:F2}");
        var texts = new[] { SharedCorpus.TheWeek, SharedCorpus.Rnz }.Select(f => File.ReadAllText(SharedCorpus.Seed(f))).ToList();
        Assert.All(Result.Value.Verdicts, verdict =>
        {
            var evidence = verdict.Factors.SelectMany(f => f.Evidence).ToList();
            Assert.NotEmpty(evidence);
            Assert.All(evidence, e => Assert.NotNull(e.Date));
            Assert.Contains(evidence, e => texts.Any(t => t.Contains(e.Sentence.Split('\n')[0], StringComparison.Ordinal)));
        });
    }
}
