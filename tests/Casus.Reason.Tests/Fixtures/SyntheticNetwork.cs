using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason.Tests.Fixtures;

/// <summary>
/// A large random network for the speed test: actors "N00000"…, a fifth of them armed groups
/// part of some bloc, claims of every type and modality with a hub target (it appears in about
/// one claim in fifty, so thousands of actors are tied to it). Seeded: the same network each run.
/// </summary>
public static class SyntheticNetwork
{
    public static Scenario Scenario { get; } = new(Id(0), [Id(1)], [Id(2)], new DateOnly(2025, 6, 1));

    public static KnowledgeBase Build(int actors, int claims, int seed = 20250617)
    {
        var random = new Random(seed);
        var blocs = Math.Max(1, actors / 100);
        var actorList = Enumerable.Range(0, actors).Select(i => new Actor(Id(i), $"Actor {i:D5}",
            i < blocs + 3 && i >= 3 ? ActorKind.Bloc : i % 5 == 0 && i > blocs + 3 ? ActorKind.ArmedGroup : ActorKind.State, [],
            i % 5 == 0 && i > blocs + 3 ? [Id(3 + random.Next(blocs))] : [])).ToList();
        var evidence = Enumerable.Range(0, 512).Select(i => new Evidence($"doc{i}", $"Synthetic sentence number {i}.", 0, 30,
            "Synthetic Wire", new DateOnly(2020, 1, 1).AddDays(i * 3), "synthetic", "0")).ToArray();
        var types = Enum.GetValues<TieType>();
        var modalities = Enum.GetValues<Modality>();
        var list = new List<TieClaim>(claims);
        for (var i = 0; i < claims; i++)
        {
            var source = random.Next(50) == 0 ? 0 : random.Next(actors);
            var target = random.Next(actors);
            if (source == target) target = (target + 1) % actors;
            var type = types[random.Next(types.Length)];
            var modality = modalities[random.Next(modalities.Length)];
            list.Add(new TieClaim(Id(source), Id(target), type, type.DefaultSign(), modality, evidence[random.Next(evidence.Length)],
                Clauses: type == TieType.Treaty ? [new Clause(ClauseKind.MutualDefence, random.Next(2) == 0)] : null,
                ConditionActor: modality == Modality.Conditional ? Id(random.Next(3)) : null));
        }
        var states = Enumerable.Range(0, actors / 2).Select(i => new StateClaim(Id(random.Next(actors)),
            (ActorStateKind)random.Next(9), modalities[random.Next(4)], evidence[random.Next(evidence.Length)], 50_000));
        return new KnowledgeBase(actorList, list, states);
    }

    private static ActorId Id(int i) => new($"N{i:D5}");
}
