using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests;

public sealed class ScenarioEngineTests
{
    private static KnowledgeBase Busy() => World()
        .Actor("ELB", "Elbonia").Actor("front", "Avalonian Front", ActorKind.Bloc).Actor("cell", "Klow Cell", ActorKind.ArmedGroup, "front")
        .Actor("LON", "Lonely Isle")
        .Tie(Target, "front", TieType.Patronage, Modality.Asserted, "Avalon sponsors the Front.")
        .Tie("ELB", Attacker, TieType.Condemnation, Modality.Asserted, "Elbonia decried the Bordurian strikes.")
        .Tie(Helper, Target, TieType.Treaty, Modality.Asserted, "Syldavia and Avalon are treaty allies.", clauses: [new(ClauseKind.MutualDefence, true)])
        .Tie("LON", "ELB", TieType.EnergyTrade, Modality.Asserted, "Lonely Isle sells Elbonia fish oil.")
        .Build();

    [Fact]
    public void Actors_tied_to_either_side_and_their_factions_get_verdicts_and_nobody_else_does()
    {
        var ids = TestWeights.Engine.Evaluate(Busy(), War()).Verdicts.Select(v => v.Actor.Value).ToHashSet();
        Assert.Equal(new HashSet<string> { Helper, "ELB", "front", "cell" }, ids);
    }

    [Fact]
    public void Probabilities_are_six_positive_numbers_summing_to_one()
    {
        foreach (var verdict in TestWeights.Engine.Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael).Verdicts)
        {
            Assert.Equal(Ladder.Levels, verdict.Probabilities.Count);
            Assert.Equal(1.0, verdict.Probabilities.Sum(), 12);
            Assert.All(verdict.Probabilities, p => Assert.True(p > 0));
            Assert.Equal(verdict.Probabilities.Max(), verdict.Probabilities[(int)verdict.Level]);
        }
    }

    [Fact]
    public void Same_knowledge_and_scenario_give_identical_results()
    {
        var first = TestWeights.Engine.Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael);
        var second = ScenarioEngine.FromWeights(TestWeights.Text).Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael);
        Assert.Equal(Render(first), Render(second));
    }

    [Fact]
    public void Claim_order_in_the_store_does_not_change_the_verdicts()
    {
        var kb = ContractKnowledge.Build();
        var reversed = new KnowledgeBase(kb.Actors.Reverse(), kb.Claims.Reverse(), kb.States.Reverse());
        var a = TestWeights.Engine.Evaluate(kb, ContractKnowledge.UsJoinsIsrael).Verdicts;
        var b = TestWeights.Engine.Evaluate(reversed, ContractKnowledge.UsJoinsIsrael).Verdicts;
        Assert.Equal(a.Select(v => v.Actor), b.Select(v => v.Actor));
        foreach (var (x, y) in a.Zip(b))
            for (var k = 0; k < Ladder.Levels; k++) Assert.Equal(x.Probabilities[k], y.Probabilities[k], 12);
    }

    [Fact]
    public void Verdicts_are_in_reading_order_material_then_diplomacy_as_printed_then_name()
    {
        var verdicts = TestWeights.Engine.Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael).Verdicts;
        Assert.True(verdicts.Count > 2);
        for (var i = 1; i < verdicts.Count; i++)
        {
            var (before, after) = (verdicts[i - 1], verdicts[i]);
            var (b, a) = (Headline.SortKey(before.Probabilities), Headline.SortKey(after.Probabilities));
            Assert.True(b.Material > a.Material || (b.Material == a.Material && (b.Diplomacy > a.Diplomacy
                || (b.Diplomacy == a.Diplomacy && string.CompareOrdinal(before.ActorName, after.ActorName) <= 0))),
                $"{before.ActorName} ({b}) is listed before {after.ActorName} ({a})");
        }
        Assert.Equal(verdicts.Select(v => v.Actor), verdicts.Order(Headline.ReadingOrder).Select(v => v.Actor));
    }

    [Fact]
    public void Actors_with_the_same_name_and_level_are_listed_by_id()
    {
        var world = World();
        foreach (var id in new[] { "twin-c", "twin-a", "twin-b" })
            world.Actor(id, "Twin Republic").Tie(id, Target, TieType.Alignment, Modality.Asserted, $"The {id} envoy praised Avalon.");
        var twins = TestWeights.Engine.Evaluate(world.Build(), War()).Verdicts.Where(v => v.ActorName == "Twin Republic").Select(v => v.Actor.Value);
        Assert.Equal(["twin-a", "twin-b", "twin-c"], twins);
    }

    [Fact]
    public void An_actor_named_only_in_claims_gets_a_verdict_under_its_id()
    {
        var kb = World().Tie("ghost-militia", Attacker, TieType.Hostility, Modality.Asserted, "Unnamed gunmen fired on Bordurian posts.").Build();
        var ghost = TestWeights.Engine.Evaluate(kb, War()).Verdicts.Single(v => v.Actor == new ActorId("ghost-militia"));
        Assert.Equal("ghost-militia", ghost.ActorName);
        Assert.Contains(ghost.Factors, f => f.Evidence.Count > 0);
    }

    [Fact]
    public void As_of_date_excludes_claims_reported_or_starting_later()
    {
        var kb = World()
            .Tie(Helper, Target, TieType.Treaty, Modality.Asserted, "Syldavia and Avalon signed a defence pact.",
                 date: new DateOnly(2025, 9, 1), clauses: [new(ClauseKind.MutualDefence, true)])
            .Tie(Helper, Target, TieType.EnergyTrade, Modality.Asserted, "Syldavia will buy Avalon's gas from 2026.", validFrom: new DateOnly(2026, 1, 1))
            .Build();
        var before = Judge(kb, scenario: War(new DateOnly(2025, 7, 1)));
        var after = Judge(kb, scenario: War(new DateOnly(2026, 2, 1)));
        Assert.DoesNotContain(before.Factors, f => f.Name is "commitment" or "interests");
        Assert.Contains(after.Factors, f => f.Name == "commitment");
        Assert.Contains(after.Factors, f => f.Name == "interests");
        Assert.Equal(Render(TestWeights.Engine.Evaluate(kb.AsOf(new DateOnly(2025, 7, 1)), War(new DateOnly(2025, 7, 1)))),
                     Render(TestWeights.Engine.Evaluate(kb, War(new DateOnly(2025, 7, 1)))));
    }

    [Fact]
    public void A_tie_that_ended_before_the_as_of_date_no_longer_brings_the_actor_in()
    {
        var kb = new KbBuilder().Actor(Target, "Avalon").Actor(Attacker, "Borduria").Actor(Joiner, "Carpania").Actor(Helper, "Syldavia")
            .Tie(Target, Helper, TieType.Support, Modality.Asserted, "Avalon backed the Syldavian regent until his fall.", date: new DateOnly(2024, 1, 10), validUntil: new DateOnly(2024, 12, 1))
            .Build();
        Assert.Empty(TestWeights.Engine.Evaluate(kb, War()).Verdicts);
        Assert.Single(TestWeights.Engine.Evaluate(kb, War(new DateOnly(2024, 6, 1))).Verdicts);
    }

    [Fact]
    public void A_verdict_with_only_unweighed_ties_still_cites_them()
    {
        var verdict = Baseline();
        var contact = verdict.FactorNamed("contact");
        Assert.Equal(0, contact.Effect);
        Assert.NotEmpty(contact.Evidence);
    }

    [Fact]
    public void Evidence_sentences_are_cited_verbatim()
    {
        const string sentence = "Syldavia deplored the Bordurian assault in the plainest terms.";
        var verdict = Judge(World().Tie(Helper, Attacker, TieType.Condemnation, Modality.Asserted, sentence));
        Assert.Contains(verdict.FactorNamed("rhetoric").Evidence, e => e.Sentence == sentence);
    }

    [Fact]
    public void Target_on_the_attacking_side_is_an_input_error()
    {
        var bad = new Scenario(new ActorId(Target), [new ActorId(Target)], [], null);
        var error = Assert.Throws<InputException>(() => TestWeights.Engine.Evaluate(World().Build(), bad));
        Assert.Contains("Avalon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_read_from_many_threads_at_once_explains_every_verdict_as_a_single_reader_would()
    {
        // Explanations are built when first read, and a server shares cached results between requests.
        var expected = Render(TestWeights.Engine.Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael));
        var shared = TestWeights.Engine.Evaluate(ContractKnowledge.Build(), ContractKnowledge.UsJoinsIsrael);
        var seen = new string[8];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var order = i % 2 == 0 ? shared.Verdicts : shared.Verdicts.Reverse().ToList();
            foreach (var verdict in order) _ = verdict.Factors.Count > 0 ? verdict.Factors[0].Explanation : "";
            seen[i] = Render(shared);
        });
        Assert.All(seen, rendered => Assert.Equal(expected, rendered));
    }

    [Fact]
    public void A_large_scenario_judged_on_several_cores_gives_the_single_core_answer()
    {
        // Thousands of actors tied to the target, so the engine splits them into chunks judged at once.
        var random = new Random(7);
        var world = World();
        for (var i = 0; i < 40; i++) world.Actor($"bloc{i}", $"Bloc {i}", ActorKind.Bloc);
        var types = Enum.GetValues<TieType>();
        var modalities = Enum.GetValues<Modality>();
        for (var i = 0; i < 3600; i++)
        {
            var id = $"a{i}";
            if (i % 5 == 0) world.Actor(id, $"Group {i}", ActorKind.ArmedGroup, $"bloc{random.Next(40)}");
            else world.Actor(id, $"State {i}", ActorKind.State);
            for (var k = 0; k < 4; k++)
            {
                var toParty = k < 2;
                var other = toParty ? (random.Next(3) == 0 ? Attacker : Target) : random.Next(3) == 0 ? $"bloc{random.Next(40)}" : $"a{random.Next(3600)}";
                if (other == id) continue;
                var outgoing = random.Next(2) == 0;
                world.Tie(outgoing ? id : other, outgoing ? other : id, types[random.Next(types.Length)], modalities[random.Next(modalities.Length)],
                    $"Invented report {i}-{k}.", date: Day.AddDays(-random.Next(900)), conditionActor: random.Next(4) == 0 ? Attacker : null);
            }
            if (i % 7 == 0) world.State(id, (ActorStateKind)random.Next(9), Modality.Asserted, $"Invented state {i}.", quantity: 10_000);
        }
        var knowledge = world.Build();
        var single = TestWeights.Engine.Evaluate(knowledge, War(Day), maxChunks: 1);
        var split = TestWeights.Engine.Evaluate(knowledge, War(Day), maxChunks: 3);
        Assert.True(single.Verdicts.Count > 3 * 1024, $"only {single.Verdicts.Count} verdicts: too few to split");
        Assert.Equal(Render(single), Render(split));
    }

    private static string Render(ScenarioResult result) => string.Join('\n', result.Verdicts.Select(v =>
        $"{v.Actor}|{string.Join(',', v.Probabilities.Select(p => p.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|" +
        string.Join(';', v.Factors.Select(f => $"{f.Name}:{f.Effect}:{f.Explanation}:{string.Join('/', f.Evidence.Select(e => e.Start))}"))));
}
