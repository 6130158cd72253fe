using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Reason.Dossiers;

/// <summary>
/// Gathers what bears on one actor: its claims with the parties, its memberships in the
/// parties' blocs, its wars elsewhere, its states; and its ancestors' claims with the parties
/// and states, discounted by <c>inherit.weight</c>. Ancestors that are themselves parties are
/// skipped: their acts are the war.
/// </summary>
/// <remarks>One builder per scenario evaluation, used from one thread. Every dossier is a window on the
/// same two buffers, overwritten by the next <see cref="Build"/>: a hub's candidates have thousands
/// of claims each, and a fresh array per actor put them on the large-object heap (gen-2 collections
/// over the whole knowledge base).</remarks>
/// <param name="numbersOnly">For the engine's numbers pass: wars elsewhere are read only by the distraction
/// rule, and only through their modality weight (the rule keeps the strongest and weakest value), which
/// depends on the modality and, for a conditional claim, on its trigger; so one war per (modality, trigger)
/// gives the same numbers as all of them, and a hub's thousands of wars are not each tested. The explain
/// pass keeps every war, in order, for the citations.</param>
public sealed class DossierBuilder(ScenarioView view, double inheritance, bool numbersOnly = false)
{
    private DossierClaim[] _claims = new DossierClaim[64];
    private DossierState[] _states = new DossierState[8];
    private int _claimCount, _stateCount;
    // Numbers pass: _kept[leader] == _stamp once a claim of that leader's weight is in the dossier (one stamp per group).
    private int[] _kept = new int[64];
    private IndexedClaim[] _memberships = new IndexedClaim[8];
    private int[] _membershipPositions = new int[8];
    private int _membershipCount;
    private int _stamp;

    public ActorDossier Build(ActorId actor) => Build(actor, view.Ordinals.Of(actor));

    /// <param name="ordinal">The actor's number (<see cref="ScenarioView.Ordinals"/>): what the dossier reads is
    /// indexed by it, so a candidate costs no lookup by id.</param>
    public ActorDossier Build(ActorId actor, int ordinal)
    {
        _claimCount = 0;
        _stateCount = 0;
        AddPartyClaims(actor, ordinal, 1.0);
        AddMemberships(actor, ordinal);
        AddWarsElsewhere(actor, ordinal);
        var actors = view.Ordinals;
        if (ordinal < 0 || actors.HasStates(ordinal)) AddStates(actor, 1.0);
        var name = ordinal >= 0 ? actors.Name(ordinal) : view.Knowledge.NameOf(actor);
        var kind = ordinal >= 0 ? actors.Kind(ordinal) : view.Knowledge.Find(actor)?.Kind;

        var ancestors = ordinal >= 0 && !actors.HasParents(ordinal) ? [] : view.Ancestors(actor);
        if (ancestors.Count == 0) // most actors: the lineage is the actor alone
            return new ActorDossier(actor, name, [actor],
                new ArraySegment<DossierClaim>(_claims, 0, _claimCount), new ArraySegment<DossierState>(_states, 0, _stateCount),
                new ArraySegment<IndexedClaim>(_memberships, 0, _membershipCount), kind);
        var lineage = new List<ActorId>(ancestors.Count + 1) { actor };
        for (var i = 0; i < ancestors.Count; i++)
        {
            var ancestor = ancestors[i];
            if (view.IsParty(ancestor)) continue;
            lineage.Add(ancestor);
            AddPartyClaims(ancestor, actors.Of(ancestor), inheritance);
            AddStates(ancestor, inheritance);
        }
        return new ActorDossier(actor, name, lineage,
            new ArraySegment<DossierClaim>(_claims, 0, _claimCount), new ArraySegment<DossierState>(_states, 0, _stateCount),
            new ArraySegment<IndexedClaim>(_memberships, 0, _membershipCount), kind);
    }

    /// <summary>The holder's claims with each party, in party order, holding on the as-of date; in the numbers
    /// pass, only the first holding claim of each <see cref="WeightKey"/> (the rest weigh the same).</summary>
    private void AddPartyClaims(ActorId holder, int ordinal, double weight)
    {
        for (var p = 0; p < view.Parties.Count; p++)
        {
            var party = view.Parties[p];
            var side = view.SideOfParty(p);
            if (!numbersOnly)
            {
                foreach (ref readonly var claim in view.ClaimsWith(p, ordinal))
                    if (view.Holds(claim)) Append(new DossierClaim(claim, holder, weight, claim.Source == holder, party, side));
                continue;
            }
            var claims = view.ClaimsWith(p, ordinal, out var days);
            if (claims.Length > _kept.Length) _kept = new int[Math.Max(claims.Length, _kept.Length * 2)];
            _stamp++;
            for (var i = 0; i < days.Length; i++)
            {
                ref readonly var d = ref days[i];
                if (!view.Holds(d) || _kept[d.Leader] == _stamp) continue;
                _kept[d.Leader] = _stamp;
                ref readonly var claim = ref claims[i];
                Append(new DossierClaim(claim, holder, weight, claim.Source == holder, party, side));
            }
        }
    }

    /// <summary>The actor's holding memberships in the parties' blocs, bloc by bloc in <see cref="ScenarioView.PartyBlocPosition"/>
    /// order (each bloc's in knowledge order): kept for the bloc factors and added as claims.</summary>
    private void AddMemberships(ActorId actor, int ordinal)
    {
        _membershipCount = 0;
        if (view.NoPartyBlocs) return;
        var memberships = view.MembershipsOf(ordinal, out var blocs);
        for (var m = 0; m < memberships.Length; m++)
        {
            ref readonly var claim = ref memberships[m];
            var position = view.PartyBlocPosition(blocs[m]);
            if (position < 0 || !view.Holds(claim)) continue;
            if (_membershipCount == _memberships.Length)
            {
                Array.Resize(ref _memberships, _memberships.Length * 2);
                Array.Resize(ref _membershipPositions, _memberships.Length);
            }
            // Insertion sort, stable: an actor has a handful of memberships.
            var at = _membershipCount++;
            for (; at > 0 && _membershipPositions[at - 1] > position; at--)
                (_memberships[at], _membershipPositions[at]) = (_memberships[at - 1], _membershipPositions[at - 1]);
            (_memberships[at], _membershipPositions[at]) = (claim, position);
        }
        for (var i = 0; i < _membershipCount; i++)
            if (view.See(_memberships[i], actor, 1.0) is { } seen) Append(seen);
    }


    /// <summary>The actor's wars elsewhere (<see cref="ScenarioView.IsWarElsewhere"/>), added in place.</summary>
    private void AddWarsElsewhere(ActorId actor, int ordinal)
    {
        if (numbersOnly)
        {
            AddOneWarPerModality(actor, ordinal);
            return;
        }
        foreach (ref readonly var hostile in view.HostilityFrom(actor))
            if (view.IsWarElsewhere(hostile, actor)) // its target is neither a party nor the actor: a third party
                Append(new DossierClaim(hostile, actor, 1.0, true, hostile.Target, Side.Third));
    }

    private void AddOneWarPerModality(ActorId actor, int ordinal)
    {
        var claims = view.Wars.Claims;
        var runs = view.Wars.RunsOf(ordinal);
        for (var run = 0; run + 1 < runs.Length; run++)
        {
            var end = runs[run + 1];
            for (var i = runs[run]; i < end; i++)
            {
                if (view.StartsAfterAsOf(claims[i])) break; // runs are sorted by start day: no later claim holds either
                if (!view.IsWarElsewhere(claims[i], actor)) continue;
                Append(new DossierClaim(claims[i], actor, 1.0, true, claims[i].Target, Side.Third));
                break; // the rest of this run weighs the same: it adds nothing
            }
        }
    }

    private void AddStates(ActorId holder, double weight)
    {
        var states = view.Knowledge.StatesOf(holder);
        for (var i = 0; i < states.Count; i++)
            if (view.Holds(states[i]))
            {
                if (_stateCount == _states.Length) Array.Resize(ref _states, _states.Length * 2);
                _states[_stateCount++] = new DossierState(states[i], holder, weight);
            }
    }

    private void Append(DossierClaim claim)
    {
        if (_claimCount == _claims.Length) Array.Resize(ref _claims, _claims.Length * 2);
        _claims[_claimCount++] = claim;
    }
}
