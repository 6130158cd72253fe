using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>
/// Gathers an actor's own claims (all of them: a war elsewhere or a bloc membership matters too)
/// and its ancestors' scenario-relevant claims and states, discounted by <c>inherit.weight</c>.
/// Ancestors that are themselves parties to the war are skipped: their acts are the war.
/// </summary>
public sealed class DossierBuilder(ScenarioView view, double inheritance)
{
    public ActorDossier Build(ActorId actor)
    {
        var claims = new List<DossierClaim>();
        var states = new List<DossierState>();
        foreach (var claim in view.ClaimsOf(actor))
            if (view.See(claim, actor, 1.0) is { } seen) claims.Add(seen);
        states.AddRange(view.Knowledge.StatesOf(actor).Where(view.Holds).Select(s => new DossierState(s, actor, 1.0)));

        var ancestors = view.Ancestors(actor).Where(a => !view.IsParty(a)).ToList();
        foreach (var ancestor in ancestors)
        {
            claims.AddRange(view.InheritableClaims(ancestor, inheritance).Where(c => c.Counterpart != actor));
            states.AddRange(view.Knowledge.StatesOf(ancestor).Where(view.Holds)
                .Select(s => new DossierState(s, ancestor, inheritance)));
        }
        return new ActorDossier(actor, view.Knowledge.NameOf(actor), [actor, .. ancestors], claims, states);
    }
}
