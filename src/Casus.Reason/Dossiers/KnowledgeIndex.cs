using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Reason.Dossiers;

/// <summary>
/// What the scenario view reads, packed (<see cref="IndexedClaim"/>): an actor's claims in
/// <see cref="KnowledgeBase.ClaimsOf"/> order (packed the first time the actor is a party, and kept); hostile claims by source (for "at war elsewhere");
/// membership claims by member (for the blocs an actor shares with a party: a hub's blocs are many, and
/// their other claims are most of their claims); the actors numbered (<see cref="ActorOrdinals"/>). Built in one pass the first time a knowledge base is
/// evaluated and kept alongside it (the knowledge base is immutable), so later scenarios on
/// the same knowledge pay nothing.
/// </summary>
public sealed class KnowledgeIndex
{
    private static readonly ConditionalWeakTable<KnowledgeBase, KnowledgeIndex> Cache = new();
    private readonly KnowledgeBase _knowledge;
    private readonly ConcurrentDictionary<ActorId, IndexedClaim[]> _byActor = []; // packed on first use: only parties' claims are read
    private readonly ConcurrentDictionary<ActorId, CounterpartGroups> _byCounterpart = []; // likewise, per party
    private readonly Dictionary<ActorId, List<IndexedClaim>> _hostilityBySource = [];
    // The same, by actor number: a scenario reads them for thousands of candidates, and a lookup by id
    // hashes the id's string, one more trip to main memory each.
    private readonly IndexedClaim[] _memberships;
    private readonly int[] _membershipBlocs, _firstMembership;

    private KnowledgeIndex(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        var membershipsBySource = new Dictionary<ActorId, List<IndexedClaim>>();
        foreach (var claim in knowledge.Claims)
        {
            if (claim.Modality == Modality.Negated) continue;
            if (claim.Type == TieType.Hostility) Index(_hostilityBySource, claim.Source, new IndexedClaim(claim));
            else if (claim.Type == TieType.Membership) Index(membershipsBySource, claim.Source, new IndexedClaim(claim));
        }
        Ordinals = new ActorOrdinals(knowledge);
        // Every member's memberships one after another, by member number; their blocs' numbers beside them.
        _memberships = new IndexedClaim[membershipsBySource.Values.Sum(m => m.Count)];
        _membershipBlocs = new int[_memberships.Length];
        _firstMembership = new int[Ordinals.Count + 1];
        for (int i = 0, at = 0; i < Ordinals.Count; i++)
        {
            _firstMembership[i] = at;
            if (!membershipsBySource.TryGetValue(Ordinals.At(i), out var memberships)) continue;
            foreach (var membership in memberships)
            {
                _membershipBlocs[at] = Ordinals.Of(membership.Target);
                _memberships[at++] = membership;
            }
        }
        _firstMembership[Ordinals.Count] = _memberships.Length;
        var hostilityByOrdinal = new IndexedClaim[Ordinals.Count][];
        for (var i = 0; i < hostilityByOrdinal.Length; i++)
        {
            if (!_hostilityBySource.TryGetValue(Ordinals.At(i), out var hostile))
            {
                hostilityByOrdinal[i] = [];
                continue;
            }
            var order = Enumerable.Range(0, hostile.Count).ToArray();
            Array.Sort(order, (a, b) =>
            {
                var c = hostile[a].Modality.CompareTo(hostile[b].Modality);
                if (c == 0) c = string.CompareOrdinal(hostile[a].Claim.ConditionActor?.Value, hostile[b].Claim.ConditionActor?.Value);
                if (c == 0) c = hostile[a].FromDay.CompareTo(hostile[b].FromDay); // earliest first: a run whose first claim starts too late has none that holds
                return c != 0 ? c : a.CompareTo(b);
            });
            hostilityByOrdinal[i] = Array.ConvertAll(order, k => hostile[k]);
        }
        Wars = new ModalityGroups(hostilityByOrdinal);
    }

    private static void Index(Dictionary<ActorId, List<IndexedClaim>> index, ActorId key, IndexedClaim claim)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(claim);
    }

    /// <summary>The knowledge base's actors numbered in id order.</summary>
    public ActorOrdinals Ordinals { get; }

    public static KnowledgeIndex Of(KnowledgeBase knowledge) => Cache.GetValue(knowledge, k => new KnowledgeIndex(k));

    public ReadOnlySpan<IndexedClaim> HostilityFrom(ActorId actor) => Span(_hostilityBySource, actor);

    /// <summary><see cref="HostilityFrom"/>'s claims of every actor, each actor's grouped by modality and trigger.</summary>
    public ModalityGroups Wars { get; }

    /// <summary>The same claims as <see cref="KnowledgeBase.ClaimsOf"/>, in the same order.</summary>
    public ReadOnlySpan<IndexedClaim> ClaimsOf(ActorId actor) =>
        _byActor.TryGetValue(actor, out var packed) ? packed : _byActor.GetOrAdd(actor, Pack(_knowledge.ClaimsOf(actor)));

    /// <summary>An actor's claims grouped by the actor at their other end (itself for a self-loop), each group in
    /// <see cref="ClaimsOf"/> order, whatever their dates: built the first time the actor is a party, and kept.</summary>
    public CounterpartGroups CounterpartsOf(ActorId actor)
    {
        if (_byCounterpart.TryGetValue(actor, out var grouped)) return grouped;
        var claims = ClaimsOf(actor).ToArray();
        return _byCounterpart.GetOrAdd(actor, new CounterpartGroups(new ClaimsByActor(add =>
        {
            foreach (var claim in claims) add(claim.Source == actor ? claim.Target : claim.Source, claim);
        }), Ordinals));
    }

    private static IndexedClaim[] Pack(IReadOnlyList<TieClaim> claims)
    {
        var packed = new IndexedClaim[claims.Count];
        for (var i = 0; i < packed.Length; i++) packed[i] = new IndexedClaim(claims[i]);
        return packed;
    }

    private static ReadOnlySpan<IndexedClaim> Span(Dictionary<ActorId, List<IndexedClaim>> index, ActorId key) =>
        index.TryGetValue(key, out var list) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    /// <summary>Every non-negated membership claim of the actor numbered <paramref name="ordinal"/>, whatever its date,
    /// in knowledge order, with each bloc's number.</summary>
    public ReadOnlySpan<IndexedClaim> MembershipsOf(int ordinal, out ReadOnlySpan<int> blocs)
    {
        var (start, end) = ordinal >= 0 ? (_firstMembership[ordinal], _firstMembership[ordinal + 1]) : (0, 0);
        blocs = _membershipBlocs.AsSpan(start, end - start);
        return _memberships.AsSpan(start, end - start);
    }
}
