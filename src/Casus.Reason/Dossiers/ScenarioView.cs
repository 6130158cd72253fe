using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason.Dossiers;

/// <summary>
/// One scenario over one knowledge base: who is tied to the parties (a flag per actor number), the
/// parties' claims grouped by the actor at their other end and the parties' blocs (both from the
/// per-knowledge <see cref="KnowledgeIndex"/>), read by actor number so each verdict costs a few array
/// reads. Claims are filtered to the as-of date while read (the rule of <see cref="KnowledgeBase.AsOf"/>,
/// without copying a million claims). Nothing here scans an actor's unrelated ties, so a scenario stays
/// linear in the parties' claims.
/// </summary>
public sealed class ScenarioView
{
    private readonly bool[] _tied; // by actor number
    private readonly ActorId[] _otherSide;
    // Filled as read, by several threads at once: the engine judges candidates in parallel and
    // explains verdicts of a shared result on whichever thread reads them.
    private readonly ConcurrentDictionary<ActorId, IReadOnlyList<ActorId>> _ancestors = [];
    private readonly ConcurrentDictionary<ActorId, IReadOnlyDictionary<ActorId, Evidence?>> _blocs = [];
    private readonly Lazy<int[]?> _blocPositions; // by bloc number; null when no party is in a bloc
    private readonly KnowledgeIndex _index;
    private readonly CounterpartGroups[] _partyGroups;
    private readonly Side[] _partySides;
    private readonly int? _asOfDay;

    public ScenarioView(KnowledgeBase knowledge, Scenario scenario)
    {
        Knowledge = knowledge;
        Scenario = scenario;
        Target = scenario.Target;
        OtherSide = scenario.OtherSide.ToHashSet();
        OtherSideInIdOrder = [.. OtherSide.Order(Comparer<ActorId>.Create(static (a, b) => string.CompareOrdinal(a.Value, b.Value)))];
        Parties = [Target, .. scenario.OtherSide];
        _otherSide = [.. OtherSide];
        _index = KnowledgeIndex.Of(knowledge);
        _partyGroups = [.. Parties.Select(_index.CounterpartsOf)];
        _partySides = [.. Parties.Select(SideOf)];
        _asOfDay = scenario.AsOf?.DayNumber;
        // Who is tied to the war: a non-party with a claim holding on the date with a party. The parties'
        // claims grouped by counterpart are kept per knowledge (dates aside), so a scenario only looks for
        // one holding claim per counterpart instead of filtering every claim of every party.
        Ordinals = _index.Ordinals;
        _tied = new bool[Ordinals.Count];
        foreach (var groups in _partyGroups)
            foreach (var (other, ordinal) in groups.Counterparts)
            {
                if (_tied[ordinal] || IsParty(other)) continue;
                groups.Of(ordinal, out var days);
                foreach (ref readonly var claim in days)
                    if (Holds(claim))
                    {
                        _tied[ordinal] = true;
                        break;
                    }
            }
        _blocPositions = new(PositionBlocs);
    }

    public KnowledgeBase Knowledge { get; }
    public Scenario Scenario { get; }
    public ActorId Target { get; }
    public IReadOnlySet<ActorId> OtherSide { get; }

    /// <summary>The other side sorted by id (ordinal), for output that must not depend on set order.</summary>
    public IReadOnlyList<ActorId> OtherSideInIdOrder { get; }

    /// <summary>The target first, then attackers and joiners in scenario order.</summary>
    public IReadOnlyList<ActorId> Parties { get; }

    /// <summary>The knowledge base's actors numbered in id order.</summary>
    public ActorOrdinals Ordinals { get; }

    /// <summary>Whether the actor numbered <paramref name="ordinal"/> is a non-party with at least one claim
    /// (holding on the as-of date) with a party.</summary>
    public bool IsTied(int ordinal) => _tied[ordinal];

    public bool IsParty(ActorId actor) => actor == Target || IsOtherSide(actor);

    public Side SideOf(ActorId actor) =>
        actor == Target ? Side.Target : IsOtherSide(actor) ? Side.OtherSide : Side.Third;

    /// <summary>A few reference comparisons for the usual handful of attackers and joiners: a set lookup hashes
    /// the id, which reads the id's string, a trip to main memory for each of a hub's thousands of counterparts.</summary>
    private bool IsOtherSide(ActorId actor)
    {
        if (_otherSide.Length > 8) return OtherSide.Contains(actor);
        for (var i = 0; i < _otherSide.Length; i++)
            if (_otherSide[i] == actor) return true;
        return false;
    }

    public bool Holds(in IndexedClaim claim) => _asOfDay is not { } day || claim.HoldsOn(day);

    public bool Holds(in ClaimDays claim) => _asOfDay is not { } day || claim.HoldsOn(day);

    /// <summary>Whether the claim begins after the as-of date (so it does not hold yet).</summary>
    public bool StartsAfterAsOf(in IndexedClaim claim) => _asOfDay is { } day && claim.FromDay > day;

    public bool Holds(StateClaim state) => Scenario.AsOf is not { } day || state.HoldsOn(day);

    /// <summary>The claims between the party at <paramref name="party"/> in <see cref="Parties"/> and the actor numbered <paramref name="ordinal"/>,
    /// in the party's claim order.</summary>
    /// <remarks>Holding or not: the reader filters with <see cref="Holds(in IndexedClaim)"/>.</remarks>
    public ReadOnlySpan<IndexedClaim> ClaimsWith(int party, int ordinal) => _partyGroups[party].Of(ordinal);

    /// <summary>As <see cref="ClaimsWith(int, int)"/>, with each claim's leader (see <see cref="CounterpartGroups"/>).</summary>
    public ReadOnlySpan<IndexedClaim> ClaimsWith(int party, int ordinal, out ReadOnlySpan<ClaimDays> days) =>
        _partyGroups[party].Of(ordinal, out days);

    /// <summary>The side of the party at <paramref name="party"/> in <see cref="Parties"/>.</summary>
    public Side SideOfParty(int party) => _partySides[party];


    /// <summary>Every non-negated hostile claim with <paramref name="actor"/> as source, whatever its date or target.</summary>
    public ReadOnlySpan<IndexedClaim> HostilityFrom(ActorId actor) => _index.HostilityFrom(actor);

    /// <summary>The same claims as <see cref="HostilityFrom"/> for every actor, grouped by modality and trigger.</summary>
    public ModalityGroups Wars => _index.Wars;

    /// <summary>Whether one of <see cref="HostilityFrom"/>'s claims is a war elsewhere (its target is neither a party nor the actor, and it holds on the as-of date).</summary>
    public bool IsWarElsewhere(in IndexedClaim hostile, ActorId actor) =>
        !IsParty(hostile.Target) && hostile.Target != actor && Holds(hostile);

    /// <summary>Every non-negated membership claim of the actor, whatever its date or bloc (the reader keeps those
    /// in <see cref="PartyBlocPosition"/>'s blocs that hold).</summary>
    public ReadOnlySpan<IndexedClaim> MembershipsOf(int ordinal, out ReadOnlySpan<int> blocs) => _index.MembershipsOf(ordinal, out blocs);

    /// <summary>The position of the bloc numbered <paramref name="bloc"/> among the parties' blocs (the target's
    /// first, in <see cref="BlocsOf"/> order, then each other party's new ones), or −1 when no party belongs to it.</summary>
    public int PartyBlocPosition(int bloc) => bloc >= 0 && _blocPositions.Value is { } positions ? positions[bloc] : -1;

    /// <summary>Whether no party belongs to any bloc (most scenarios on text-extracted knowledge).</summary>
    public bool NoPartyBlocs => _blocPositions.Value is null;

    public IReadOnlyList<ActorId> Ancestors(ActorId actor)
    {
        if (Knowledge.Find(actor) is not { PartOf.Count: > 0 }) return []; // most actors: nothing to walk or cache
        return _ancestors.TryGetValue(actor, out var list) ? list : _ancestors.GetOrAdd(actor, Knowledge.Ancestors(actor));
    }

    /// <summary>The blocs a party belongs to, by membership claim (with its evidence) or by
    /// part-of link (no evidence).</summary>
    public IReadOnlyDictionary<ActorId, Evidence?> BlocsOf(ActorId party)
    {
        if (_blocs.TryGetValue(party, out var cached)) return cached;
        var blocs = new Dictionary<ActorId, Evidence?>();
        // The party's own non-negated memberships, in knowledge order: the membership index, not a walk through a hub's claims.
        foreach (ref readonly var claim in _index.MembershipsOf(Ordinals.Of(party), out _))
            if (Holds(claim) && !blocs.ContainsKey(claim.Target))
                blocs.Add(claim.Target, claim.Claim.Evidence);
        foreach (var ancestor in Ancestors(party)) blocs.TryAdd(ancestor, null);
        return _blocs.GetOrAdd(party, blocs); // a racing reader built an equal one
    }

    /// <summary>The claim from <paramref name="holder"/>'s point of view; null for self-loops.</summary>
    public DossierClaim? See(in IndexedClaim claim, ActorId holder, double inheritance)
    {
        var outgoing = claim.Source == holder;
        var counterpart = outgoing ? claim.Target : claim.Source;
        if (counterpart == holder) return null;
        return new DossierClaim(claim, holder, inheritance, outgoing, counterpart, SideOf(counterpart));
    }

    private int[]? PositionBlocs()
    {
        int[]? positions = null;
        var count = 0;
        foreach (var party in Parties)
            foreach (var bloc in BlocsOf(party).Keys)
            {
                if (Ordinals.Of(bloc) is var ordinal && ordinal < 0) continue; // no claim or actor names it: no member to find
                if (positions is null) Array.Fill(positions = new int[Ordinals.Count], -1);
                if (positions[ordinal] < 0) positions[ordinal] = count++;
            }
        return positions;
    }
}
