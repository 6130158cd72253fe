using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Extract.Lexicons;
using Casus.Pipeline.Starter;
using Casus.Reason.Tests.Fixtures;
using Casus.Testing;
using Xunit.Abstractions;

namespace Casus.Reason.Tests.Acceptance;

/// <summary>
/// A backtest on the shipped starter knowledge base: the README scenario as of 2025-06-21 (a week
/// into the June 2025 war), scored by RPS against what the actors were generally reported to have
/// done by the ceasefire. The outcomes are a judgement from public reporting, written here, not
/// learnt from; the weights were not fitted to them (see docs/reasoning.md).
/// </summary>
public sealed class StarterBacktestTests(ITestOutputHelper output)
{
    private static readonly (string Id, int Observed)[] Outcomes =
    [
        ("RUS", 2), ("CHN", 2), ("hezbollah", 1), ("houthis", 1), ("pmf", 1), ("kataib-hezbollah", 1),
        ("PAK", 1), ("SAU", 1), ("EGY", 1), ("ARE", 1), ("TUR", 1), ("PRK", 1),
    ];

    private static readonly Lazy<ScenarioResult> Result = new(() =>
        TestWeights.Engine.Evaluate(StarterKnowledgeBase(), new Scenario(new ActorId("IRN"), [new ActorId("ISR")], [new ActorId("USA")], new DateOnly(2025, 6, 21))));

    private static KnowledgeBase StarterKnowledgeBase()
    {
        var data = Path.Combine(SharedCorpus.RepoRoot, "data");
        var lexicons = ExtractionLexicons.Parse(
            Directory.GetFiles(Path.Combine(data, "lexicon"), "*.tsv").ToDictionary(f => Path.GetFileName(f), File.ReadAllText), "test");
        var documents = StarterKnowledge.Parse(File.ReadAllText(Path.Combine(data, "starter", "facts.tsv")), "test");
        return new KnowledgeBase(lexicons.Actors.Actors, documents.SelectMany(d => d.Ties), documents.SelectMany(d => d.States));
    }

    [Fact]
    public void Starter_scenario_of_June_2025_beats_an_uninformed_forecast_on_what_happened()
    {
        var uniform = Enumerable.Repeat(1.0 / Ladder.Levels, Ladder.Levels).ToArray();
        var forecasts = Outcomes.Select(o => (Result.Value.Verdicts.Single(v => v.Actor == new ActorId(o.Id)).Probabilities, o.Observed)).ToList();
        foreach (var (id, observed) in Outcomes)
        {
            var v = Result.Value.Verdicts.Single(v => v.Actor == new ActorId(id));
            output.WriteLine($"{id}: observed {observed}, RPS {RankedProbabilityScore.Compute(v.Probabilities, observed):F3}");
        }
        var model = RankedProbabilityScore.Mean(forecasts);
        var baseline = RankedProbabilityScore.Mean(Outcomes.Select(o => ((IReadOnlyList<double>)uniform, o.Observed)));
        output.WriteLine($"mean RPS {model:F3} (uniform forecast {baseline:F3})");
        Assert.True(model < baseline, $"mean RPS {model:F3} is no better than the uniform forecast's {baseline:F3}");
    }

    [Fact]
    public void No_starter_verdict_is_over_confident_about_fighting_or_arming()
    {
        Assert.All(Result.Value.Verdicts, v =>
        {
            for (var level = 3; level < Ladder.Levels; level++)
                Assert.True(v.Probabilities[level] <= 0.6, $"{v.ActorName}: P({level}) = {v.Probabilities[level]:F2}");
        });
    }

    [Fact]
    public void A_degraded_proxy_mostly_stays_at_words_or_silence()
    {
        var hezbollah = Result.Value.Verdicts.Single(v => v.Actor == new ActorId("hezbollah"));
        Assert.True(hezbollah.Probabilities[0] + hezbollah.Probabilities[1] > 0.6, string.Join(" ", hezbollah.Probabilities.Select(p => p.ToString("F2"))));
        Assert.True(hezbollah.Probabilities[3] < hezbollah.Probabilities[0], "the capability cap must not pile mass onto the cap level");
    }
}
