using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Core.Knowledge;

/// <summary>
/// An immutable in-memory view of what is known: actors, tie claims and state claims.
/// The reasoning and the presenters read only this; stores build it.
/// </summary>
public sealed class KnowledgeBase : IKnowledgeSlices
{
    private readonly Dictionary<ActorId, Actor> _actors;
    private readonly Dictionary<ActorId, List<TieClaim>> _claimsByActor = [];
    private readonly Dictionary<ActorId, List<StateClaim>> _statesByActor = [];

    /// <summary>The date this knowledge was already narrowed to by <see cref="AsOf"/>, if any: narrowing
    /// again to the same date changes nothing, so it costs nothing (a server hands out as-of views that
    /// presenters narrow again).</summary>
    private DateOnly? _narrowedTo;

    public KnowledgeBase(IEnumerable<Actor> actors, IEnumerable<TieClaim> claims, IEnumerable<StateClaim> states)
    {
        _actors = actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        Claims = claims.ToList();
        States = states.ToList();
        foreach (var claim in Claims)
        {
            Index(_claimsByActor, claim.Source, claim);
            if (claim.Target != claim.Source) Index(_claimsByActor, claim.Target, claim);
        }
        foreach (var state in States) Index(_statesByActor, state.Actor, state);
    }

    public IReadOnlyCollection<Actor> Actors => _actors.Values;
    public IReadOnlyList<TieClaim> Claims { get; }
    public IReadOnlyList<StateClaim> States { get; }

    public Actor? Find(ActorId id) => _actors.GetValueOrDefault(id);

    public string NameOf(ActorId id) => _actors.TryGetValue(id, out var a) ? a.Name : id.Value;

    public IReadOnlyList<TieClaim> ClaimsOf(ActorId actor) =>
        _claimsByActor.TryGetValue(actor, out var list) ? list : [];

    public IReadOnlyList<StateClaim> StatesOf(ActorId actor) =>
        _statesByActor.TryGetValue(actor, out var list) ? list : [];

    /// <summary>The knowledge as it stood on a date: only claims reported by then and still holding.</summary>
    public KnowledgeBase AsOf(DateOnly? asOf) => asOf is null || asOf == _narrowedTo
        ? this
        : new KnowledgeBase(_actors.Values, Claims.Where(c => c.HoldsOn(asOf.Value)), States.Where(s => s.HoldsOn(asOf.Value))) { _narrowedTo = asOf };

    /// <summary>Claims grouped into ties (one per source, target, type).</summary>
    public IReadOnlyList<Tie> TiesOf(ActorId actor) => Group(ClaimsOf(actor));

    public IReadOnlyList<Tie> AllTies() => Group(Claims);

    /// <summary>Transitive part-of closure: Kata'ib Hezbollah → PMF → Axis of Resistance.</summary>
    public IReadOnlyList<ActorId> Ancestors(ActorId id)
    {
        if (!_actors.TryGetValue(id, out var self) || self.PartOf.Count == 0) return []; // most actors: no walk, nothing allocated
        var result = new List<ActorId>();
        var queue = new Queue<ActorId>([id]);
        while (queue.Count > 0)
        {
            if (!_actors.TryGetValue(queue.Dequeue(), out var actor)) continue;
            foreach (var parent in actor.PartOf)
            {
                if (parent == id || result.Contains(parent)) continue;
                result.Add(parent);
                queue.Enqueue(parent);
            }
        }
        return result;
    }

    /// <summary>A scan of every claim (keys are positions in <see cref="Claims"/>): for tests and small
    /// knowledge; stores answer the same question from their indexes.</summary>
    public IReadOnlyList<Keyed<TieClaim>> TieClaimsTouching(IReadOnlyCollection<ActorId> actors, ClaimEnd end = ClaimEnd.Either, TieType? type = null) =>
        KnowledgeSlices.Filter(Claims, actors, end, type);

    public IReadOnlyList<Keyed<StateClaim>> StateClaimsOf(IReadOnlyCollection<ActorId> actors) =>
        KnowledgeSlices.Filter(States, actors);

    private static List<Tie> Group(IEnumerable<TieClaim> claims) =>
        claims.GroupBy(c => (c.Source, c.Target, c.Type))
              .Select(g => new Tie(g.Key.Source, g.Key.Target, g.Key.Type, g.ToList()))
              .OrderBy(t => t.Source.Value, StringComparer.Ordinal)
              .ThenBy(t => t.Target.Value, StringComparer.Ordinal)
              .ThenBy(t => t.Type)
              .ToList();

    private static void Index<T>(Dictionary<ActorId, List<T>> index, ActorId key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
