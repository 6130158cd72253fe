using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>
/// Gathers what bears on one actor: its claims with the parties, its memberships in the
/// parties' blocs, its wars elsewhere, its states; and its ancestors' claims with the parties
/// and states, discounted by <c>inherit.weight</c>. Ancestors that are themselves parties are
/// skipped: their acts are the war.
/// </summary>
public sealed class DossierBuilder(ScenarioView view, double inheritance)
{
    public ActorDossier Build(ActorId actor)
    {
        var partyClaims = view.PartyClaims(actor);
        var memberships = view.MembershipsInPartyBlocs(actor);
        var wars = view.WarsElsewhere(actor);
        var claims = new List<DossierClaim>(partyClaims.Count + memberships.Count + wars.Count);
        var states = new List<DossierState>();
        Add(claims, partyClaims, actor, 1.0);
        Add(claims, memberships, actor, 1.0);
        Add(claims, wars, actor, 1.0);
        AddStates(states, actor, 1.0);

        var ancestors = view.Ancestors(actor);
        var lineage = new List<ActorId>(ancestors.Count + 1) { actor };
        foreach (var ancestor in ancestors)
        {
            if (view.IsParty(ancestor)) continue;
            lineage.Add(ancestor);
            Add(claims, view.PartyClaims(ancestor), ancestor, inheritance);
            AddStates(states, ancestor, inheritance);
        }
        return new ActorDossier(actor, view.Knowledge.NameOf(actor), lineage, claims, states);
    }

    private void Add(List<DossierClaim> claims, IReadOnlyList<Casus.Core.Claims.TieClaim> source, ActorId holder, double weight)
    {
        foreach (var claim in source)
            if (view.See(claim, holder, weight) is { } seen) claims.Add(seen);
    }

    private void AddStates(List<DossierState> states, ActorId holder, double weight)
    {
        foreach (var state in view.Knowledge.StatesOf(holder))
            if (view.Holds(state)) states.Add(new DossierState(state, holder, weight));
    }
}
