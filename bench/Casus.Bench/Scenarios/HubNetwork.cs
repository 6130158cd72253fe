using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Bench.Scenarios;

/// <summary>
/// The scenario engine's worst case, in memory: a hub target that appears in one claim in fifty, so
/// almost every actor is tied to it and gets a verdict. Claims of every type and modality, a fifth
/// of the actors armed groups inside some bloc, uniform otherwise. Deterministic per seed.
/// </summary>
internal static class HubNetwork
{
    public static Scenario Scenario { get; } = new(Id(0), [Id(1)], [Id(2)], new DateOnly(2025, 6, 1));

    public static KnowledgeBase Build(int actors, int claims, int seed = 20250617)
    {
        var random = new Random(seed);
        var blocs = Math.Max(1, actors / 100);
        var actorList = new List<Actor>(actors);
        for (var i = 0; i < actors; i++)
        {
            var isBloc = i >= 3 && i < blocs + 3;
            var isGroup = i % 5 == 0 && i > blocs + 3;
            actorList.Add(new Actor(Id(i), $"Actor {i:D5}", isBloc ? ActorKind.Bloc : isGroup ? ActorKind.ArmedGroup : ActorKind.State, [],
                isGroup ? [Id(3 + random.Next(blocs))] : []));
        }
        var evidence = new Evidence[512];
        for (var i = 0; i < evidence.Length; i++)
            evidence[i] = new Evidence($"doc{i}", $"Synthetic sentence number {i}.", 0, 30, "Synthetic Wire",
                new DateOnly(2020, 1, 1).AddDays(i * 3), "synthetic", "0");
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
        var states = new List<StateClaim>(actors / 2);
        for (var i = 0; i < actors / 2; i++)
            states.Add(new StateClaim(Id(random.Next(actors)), (ActorStateKind)random.Next(9), modalities[random.Next(4)],
                evidence[random.Next(evidence.Length)], 50_000));
        return new KnowledgeBase(actorList, list, states);
    }

    private static ActorId Id(int i) => new($"N{i:D5}");
}
