using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Reason.Dossiers;

/// <summary>
/// Gathers what bears on one actor: its claims with the parties, its memberships in the
/// parties' blocs, its wars elsewhere, its states; and its ancestors' claims with the parties
/// and states, discounted by <c>inherit.weight</c>. Ancestors that are themselves parties are
/// skipped: their acts are the war.
/// </summary>
/// <remarks>One builder per scenario evaluation, used from one thread: it collects into reused
/// scratch lists and hands each dossier exact-size arrays (one allocation each per actor).</remarks>
public sealed class DossierBuilder(ScenarioView view, double inheritance)
{
    private readonly List<DossierClaim> _claims = [];
    private readonly List<DossierState> _states = [];

    public ActorDossier Build(ActorId actor)
    {
        _claims.Clear();
        _states.Clear();
        Add(view.PartyClaims(actor), actor, 1.0);
        Add(view.MembershipsInPartyBlocs(actor), actor, 1.0);
        AddWarsElsewhere(actor);
        AddStates(actor, 1.0);

        var ancestors = view.Ancestors(actor);
        var lineage = new List<ActorId>(ancestors.Count + 1) { actor };
        for (var i = 0; i < ancestors.Count; i++)
        {
            var ancestor = ancestors[i];
            if (view.IsParty(ancestor)) continue;
            lineage.Add(ancestor);
            Add(view.PartyClaims(ancestor), ancestor, inheritance);
            AddStates(ancestor, inheritance);
        }
        return new ActorDossier(actor, view.Knowledge.NameOf(actor), lineage, [.. _claims], [.. _states]);
    }

    private void Add(IReadOnlyList<TieClaim> source, ActorId holder, double weight)
    {
        for (var i = 0; i < source.Count; i++)
            if (view.See(source[i], holder, weight) is { } seen) _claims.Add(seen);
    }

    /// <summary><see cref="ScenarioView.WarsElsewhere"/>, added in place.</summary>
    private void AddWarsElsewhere(ActorId actor)
    {
        var hostile = view.HostilityFrom(actor);
        for (var i = 0; i < hostile.Count; i++)
            if (view.IsWarElsewhere(hostile[i], actor) && view.See(hostile[i], actor, 1.0) is { } seen) _claims.Add(seen);
    }

    private void AddStates(ActorId holder, double weight)
    {
        var states = view.Knowledge.StatesOf(holder);
        for (var i = 0; i < states.Count; i++)
            if (view.Holds(states[i])) _states.Add(new DossierState(states[i], holder, weight));
    }
}
