using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present;

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
    /// <param name="limit">The answer keeps only this many partners (<see cref="TiesLimit"/>): the
    /// ties among the others are not read. The actor's own claims are all read, for the totals.</param>
    public static KnowledgeBase Gather(ActorId actor, DateOnly? asOf, IEnumerable<Actor> actors, IKnowledgeSlices source, bool withNeighbourhood, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var known = actors as IReadOnlyCollection<Actor> ?? actors.ToList();
        var own = source.TieClaimsTouching([actor]);
        var ties = new SortedDictionary<long, TieClaim>();
        foreach (var (key, claim) in own) ties.TryAdd(key, claim);

        if (withNeighbourhood)
        {
            // Partners as of the date only: the network is drawn from the as-of view.
            var partners = limit is null ? PartnersOn(actor, asOf, own) : StrongestPartners(actor, asOf, known, own, limit.Value);
            partners.Remove(actor);
            // The actor's own claims are read already; these are the ties between two partners.
            if (partners.Count > 0)
                foreach (var (key, claim) in source.TieClaimsAmong(partners)) ties.TryAdd(key, claim);
        }

        var states = source.StateClaimsOf([actor]).Select(s => s.Claim);
        return new KnowledgeBase(known, ties.Values, states).AsOf(asOf);
    }

    private static HashSet<ActorId> PartnersOn(ActorId actor, DateOnly? asOf, IReadOnlyList<Keyed<TieClaim>> own)
    {
        var partners = new HashSet<ActorId>();
        foreach (var (_, claim) in own)
        {
            if (asOf is { } day && !claim.HoldsOn(day)) continue;
            partners.Add(claim.Source);
            partners.Add(claim.Target);
        }
        return partners;
    }

    /// <summary>The partners a limited answer keeps, chosen exactly as the presenters choose them:
    /// from the actor's own claims as of the date.</summary>
    private static HashSet<ActorId> StrongestPartners(ActorId actor, DateOnly? asOf, IReadOnlyCollection<Actor> actors, IReadOnlyList<Keyed<TieClaim>> own, int limit)
    {
        var ownView = new KnowledgeBase(actors, own.Select(k => k.Claim), []).AsOf(asOf);
        return [.. TiesLimit.Keep(ownView, actor, limit).Partners];
    }
}
