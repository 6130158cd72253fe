using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason.Selection;

/// <summary>
/// The part of the knowledge a scenario reads, gathered through indexed reads instead of a full
/// load: every claim touching a party; membership claims into the parties' blocs; the hostile
/// claims of every candidate (for "at war elsewhere"); the state claims of the candidates and
/// their ancestors. The engine gives the same result on this slice as on the whole knowledge
/// (claims keep their full-load order through their keys). Keep in step with
/// <see cref="Dossiers.ScenarioView"/>, <see cref="Dossiers.DossierBuilder"/> and
/// <see cref="CandidateSelector"/>: anything new they read must be gathered here too.
/// </summary>
/// <remarks>As-of filtering is left to the caller (<see cref="KnowledgeBase.AsOf"/>); the slice
/// is a superset on every date.</remarks>
public static class ScenarioScope
{
    public static KnowledgeBase Gather(Scenario scenario, IEnumerable<Actor> actors, IKnowledgeSlices source)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var people = new KnowledgeBase(actors, [], []); // actors only: names and part-of links
        var parties = new HashSet<ActorId>([scenario.Target, .. scenario.OtherSide]);
        var ties = new Dictionary<long, TieClaim>();

        var partyClaims = source.TieClaimsTouching(parties);
        Add(ties, partyClaims);

        // The parties' blocs (ScenarioView.BlocsOf) and their members (ScenarioView.IndexMembers).
        var blocs = new HashSet<ActorId>();
        foreach (var (_, claim) in partyClaims)
            if (claim.Type == TieType.Membership && parties.Contains(claim.Source)) blocs.Add(claim.Target);
        foreach (var party in parties) blocs.UnionWith(people.Ancestors(party));
        if (blocs.Count > 0) Add(ties, source.TieClaimsTouching(blocs, ClaimEnd.Target, TieType.Membership));

        // Candidates (CandidateSelector), on any date: actors at the other end of a party's claim,
        // and actors with such an ancestor.
        var tied = new HashSet<ActorId>();
        foreach (var (_, claim) in partyClaims)
        {
            var other = parties.Contains(claim.Source) ? claim.Target : claim.Source;
            if (!parties.Contains(other)) tied.Add(other);
        }
        var candidates = new HashSet<ActorId>(tied);
        foreach (var actor in people.Actors)
            if (actor.PartOf.Count > 0 && !parties.Contains(actor.Id) && people.Ancestors(actor.Id).Any(tied.Contains))
                candidates.Add(actor.Id);
        if (candidates.Count > 0) Add(ties, source.TieClaimsTouching(candidates, ClaimEnd.Source, TieType.Hostility));

        // States of the candidates and of their ancestors (DossierBuilder).
        var holders = new HashSet<ActorId>(candidates);
        foreach (var candidate in candidates) holders.UnionWith(people.Ancestors(candidate));
        var states = holders.Count > 0 ? source.StateClaimsOf(holders) : [];

        var ordered = ties.Keys.ToArray();
        Array.Sort(ordered);
        return new KnowledgeBase(people.Actors, ordered.Select(key => ties[key]), states.Select(s => s.Claim));
    }

    private static void Add(Dictionary<long, TieClaim> ties, IReadOnlyList<Keyed<TieClaim>> slice)
    {
        foreach (var (key, claim) in slice) ties.TryAdd(key, claim);
    }
}
