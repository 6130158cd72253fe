using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.History;
using Casus.Reason;

namespace Casus.History.Tests;

[Collection(ShippedHistoryCollection.Name)]
public sealed class OutsideViewEngineTests(ShippedHistory history)
{
    /// <summary>A text engine that knows nothing: every verdict below comes from history.</summary>
    private sealed class Silent : IScenarioEngine
    {
        public ScenarioResult Evaluate(KnowledgeBase knowledge, Scenario scenario) => new(scenario, []);
    }

    private ScenarioResult Run(string target, string[] attackers, string[] joiners, DateOnly date) =>
        new OutsideViewEngine(new Silent(), history.Knowledge.View()!).Evaluate(new KnowledgeBase([], [], []),
            new Scenario(new ActorId(target), attackers.Select(a => new ActorId(a)).ToArray(), joiners.Select(a => new ActorId(a)).ToArray(), date));

    [Fact]
    public void Great_powers_and_neighbours_get_a_verdict_without_any_news()
    {
        var armenia = Run("ARM", ["AZE"], [], new DateOnly(2022, 9, 12));
        var ids = armenia.Verdicts.Select(v => v.Actor.Value).ToArray();
        Assert.Contains("USA", ids);
        Assert.Contains("FRA", ids);
        Assert.Contains("RUS", ids);
        Assert.Contains("GEO", ids); // a neighbour
        Assert.All(armenia.Verdicts, v =>
        {
            Assert.Equal(1, v.Probabilities.Sum(), 9);
            Assert.Equal(OutsideViewEngine.FactorName, Assert.Single(v.Factors).Name);
        });
        Assert.Equal("United States of America", armenia.Verdicts.First(v => v.Actor.Value == "USA").ActorName);
    }

    [Fact]
    public void Blocs_and_far_away_small_states_do_not_flood_the_table()
    {
        var iran = Run("IRN", ["ISR"], ["USA"], new DateOnly(2025, 6, 21));
        var ids = iran.Verdicts.Select(v => v.Actor.Value).ToHashSet();
        var tied = history.Knowledge.View()!.Judge("IRN", ["ISR", "USA"], new DateOnly(2025, 6, 21));
        Assert.True(tied.Count > 2 * iran.Verdicts.Count, $"{tied.Count} tied, {iran.Verdicts.Count} listed");
        Assert.DoesNotContain("TUV", ids);
        Assert.DoesNotContain("ISR", ids);
        Assert.DoesNotContain("USA", ids);
        Assert.Contains("RUS", ids);
        Assert.Contains("CHN", ids);
        Assert.Contains("IRQ", ids);
        // In the reading order every table uses (P(material+), then P(diplomacy)), not re-sorted by the mean.
        Assert.Equal(iran.Verdicts.Order(Headline.ReadingOrder).Select(v => v.Actor), iran.Verdicts.Select(v => v.Actor));
    }

    [Fact]
    public void An_ally_of_the_attackers_is_less_likely_to_help_than_a_state_aligned_with_the_target()
    {
        var view = history.Knowledge.View()!;
        var date = new DateOnly(2025, 6, 21);
        var uk = view.JudgeOne("GBR", "IRN", ["ISR", "USA"], date)!;
        var russia = view.JudgeOne("RUS", "IRN", ["ISR", "USA"], date)!;
        Assert.True(russia.AtLeast(1) > uk.AtLeast(1));
    }
}
