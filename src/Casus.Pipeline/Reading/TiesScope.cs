using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Pipeline.Reading;

/// <summary>
/// What <c>casus ties ACTOR</c> shows, read through the store's indexes instead of a full load: the
/// actor's claims and states and, for the JSON answer's network, the ties among its partners on
/// the date. Claims keep their full-load order through their keys, so the output is byte for byte
/// what the whole knowledge gives. Keep in step with <c>TiesJson</c>, <c>Neighbourhood.Around</c>
/// and <c>TiesView</c>: anything new they read must be gathered here too.
/// </summary>
public static class TiesScope
{
    /// <param name="withNeighbourhood">Also read the ties among the actor's partners (the JSON
    /// answer draws them); the tree needs only the actor's own.</param>
    public static KnowledgeBase Gather(ActorId actor, DateOnly? asOf, IEnumerable<Actor> actors, IKnowledgeSlices source, bool withNeighbourhood)
    {
        ArgumentNullException.ThrowIfNull(source);
        var own = source.TieClaimsTouching([actor]);
        var ties = new SortedDictionary<long, TieClaim>();
        foreach (var (key, claim) in own) ties.TryAdd(key, claim);

        if (withNeighbourhood)
        {
            // Partners as of the date only: the network is drawn from the as-of view.
            var partners = new HashSet<ActorId>();
            foreach (var (_, claim) in own)
            {
                if (asOf is { } day && !claim.HoldsOn(day)) continue;
                partners.Add(claim.Source);
                partners.Add(claim.Target);
            }
            partners.Remove(actor);
            // The actor's own claims are read already; these are the ties between two partners.
            if (partners.Count > 0)
                foreach (var (key, claim) in source.TieClaimsAmong(partners)) ties.TryAdd(key, claim);
        }

        var states = source.StateClaimsOf([actor]).Select(s => s.Claim);
        return new KnowledgeBase(actors, ties.Values, states).AsOf(asOf);
    }
}
