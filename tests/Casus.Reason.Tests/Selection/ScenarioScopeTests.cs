using System.Globalization;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason.Selection;
using Casus.Reason.Tests.Fixtures;

namespace Casus.Reason.Tests.Selection;

/// <summary>
/// The slice a scenario gathers (its parties' neighbourhood) must give the same verdicts as the
/// whole knowledge, on a random fictional network with blocs, factions, memberships, wars
/// elsewhere and state claims — the things the slice has to reach beyond the parties' own ties.
/// </summary>
public sealed class ScenarioScopeTests
{
    [Theory]
    [InlineData(1, null)]
    [InlineData(2, "2024-06-01")]
    [InlineData(3, "2021-01-01")]
    public void Gathered_slice_gives_the_verdicts_of_the_whole_knowledge(int seed, string? asOf)
    {
        var knowledge = RandomNetwork(seed, actors: 120, claims: 3000);
        var day = asOf is null ? (DateOnly?)null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture);
        var scenario = new Scenario(Id(0), [Id(1)], [Id(2)], day);

        var slice = ScenarioScope.Gather(scenario, knowledge.Actors, knowledge);
        var whole = TestWeights.Engine.Evaluate(knowledge.AsOf(day), scenario);
        var scoped = TestWeights.Engine.Evaluate(slice.AsOf(day), scenario);

        Assert.True(slice.Claims.Count < knowledge.Claims.Count, "the slice leaves unrelated claims out");
        Assert.NotEmpty(whole.Verdicts);
        Assert.Equal(Describe(whole), Describe(scoped));
    }

    private static KnowledgeBase RandomNetwork(int seed, int actors, int claims)
    {
        var random = new Random(seed);
        const int blocs = 6;
        var list = new List<Actor>();
        for (var i = 0; i < actors; i++)
        {
            var isBloc = i >= 3 && i < 3 + blocs;
            var partOf = !isBloc && i % 4 == 0 && i > 3 + blocs ? new[] { Id(3 + random.Next(blocs)) } : [];
            list.Add(new Actor(Id(i), $"Fictional {i}", isBloc ? ActorKind.Bloc : i % 4 == 0 ? ActorKind.ArmedGroup : ActorKind.State, [], partOf));
        }
        var types = Enum.GetValues<TieType>();
        var modalities = Enum.GetValues<Modality>();
        var ties = new List<TieClaim>();
        for (var i = 0; i < claims; i++)
        {
            // Parties rarely (so most claims are unrelated), blocs often as membership targets.
            var source = random.Next(actors);
            var target = random.Next(10) == 0 ? 3 + random.Next(blocs) : random.Next(actors);
            var type = target is >= 3 and < 3 + blocs && random.Next(2) == 0 ? TieType.Membership : types[random.Next(types.Length)];
            var evidence = new Evidence($"doc{random.Next(40)}", $"Fictional sentence {i}.", i, i + 20, "Fictional Wire",
                new DateOnly(2020, 1, 1).AddDays(random.Next(2000)), "test", "0");
            ties.Add(new TieClaim(Id(source), Id(target), type, type.DefaultSign(), modalities[random.Next(modalities.Length)], evidence,
                ValidUntil: random.Next(8) == 0 ? new DateOnly(2022, 1, 1) : null,
                Clauses: type == TieType.Treaty ? [new Clause(ClauseKind.MutualDefence, random.Next(2) == 0)] : null,
                ConditionActor: random.Next(3) == 0 ? Id(random.Next(4)) : null));
        }
        var states = new List<StateClaim>();
        for (var i = 0; i < actors; i++)
            states.Add(new StateClaim(Id(random.Next(actors)), (ActorStateKind)random.Next(9), modalities[random.Next(4)],
                new Evidence($"doc{i}", $"Fictional state {i}.", 0, 10, null, new DateOnly(2021, 1, 1), "test", "0"), 30_000));
        return new KnowledgeBase(list, ties, states);
    }

    private static ActorId Id(int i) => new($"F{i:D3}");

    private static string Describe(ScenarioResult result)
    {
        var text = new StringBuilder();
        foreach (var v in result.Verdicts)
        {
            text.Append(v.Actor.Value).Append('|').Append(v.Level).Append('|');
            foreach (var p in v.Probabilities) text.Append(p.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            foreach (var f in v.Factors)
            {
                text.Append('\n').Append(f.Name).Append(' ').Append(f.Effect.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(f.Explanation);
                foreach (var e in f.Evidence) text.Append(" [").Append(e.DocumentId).Append(':').Append(e.Start).Append(']');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
