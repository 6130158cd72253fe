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
        var claims = new List<DossierClaim>();
        var states = new List<DossierState>();
        void Add(IEnumerable<Casus.Core.Claims.TieClaim> source, ActorId holder, double weight)
        {
            foreach (var claim in source)
                if (view.See(claim, holder, weight) is { } seen) claims.Add(seen);
        }

        Add(view.PartyClaims(actor), actor, 1.0);
        Add(view.MembershipsInPartyBlocs(actor), actor, 1.0);
        Add(view.WarsElsewhere(actor), actor, 1.0);
        states.AddRange(view.Knowledge.StatesOf(actor).Where(view.Holds).Select(s => new DossierState(s, actor, 1.0)));

        var ancestors = view.Ancestors(actor).Where(a => !view.IsParty(a)).ToList();
        foreach (var ancestor in ancestors)
        {
            Add(view.PartyClaims(ancestor), ancestor, inheritance);
            states.AddRange(view.Knowledge.StatesOf(ancestor).Where(view.Holds)
                .Select(s => new DossierState(s, ancestor, inheritance)));
        }
        return new ActorDossier(actor, view.Knowledge.NameOf(actor), [actor, .. ancestors], claims, states);
    }
}
