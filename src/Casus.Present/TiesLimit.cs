using Casus.Core.Actors;
using Casus.Core.Knowledge;

namespace Casus.Present;

/// <summary>
/// "Only the actor's N strongest partners" for <c>ties</c>. A hub on a big database has thousands of
/// partners, and the network around it (every tie among them) runs to gigabytes; a reader wants the
/// partners that matter most and to be told how much was left out. Without a limit the answer is
/// exactly what it was before limits existed.
/// <para>Strength: the number of claims between the actor and the partner (every tie type, both
/// directions, only claims holding on the as-of date). Equal counts go by partner name
/// (case-insensitive, as the tree lists partners), then by id (ordinal), so the choice is the same on
/// every run and every store.</para>
/// <para>A limit counts partners, not single ties: every tie with a kept partner is kept, so the
/// tree's partner groups, the listed ties and the network's edges to the actor agree. The kept
/// ties are written in the output's usual order, so a limited answer is the whole answer with the
/// other partners taken out.</para>
/// </summary>
public static class TiesLimit
{
    /// <summary>The actor's ties with its <paramref name="limit"/> strongest partners (all of them when null).</summary>
    /// <param name="knowledge">Already narrowed to the date: claim counts are read as they stand.</param>
    public static KeptTies Keep(KnowledgeBase knowledge, ActorId actor, int? limit)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var ties = knowledge.TiesOf(actor);
        var partners = ties.GroupBy(t => PartnerOf(t, actor))
            .Select(g => (Partner: g.Key, Claims: g.Sum(t => t.Claims.Count)))
            .ToList();
        if (limit is not { } n || n >= partners.Count)
            return new KeptTies(ties, partners.Select(p => p.Partner).ToHashSet(), ties.Count, partners.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(limit));
        var kept = partners
            .OrderByDescending(p => p.Claims)
            .ThenBy(p => knowledge.NameOf(p.Partner), StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Partner.Value, StringComparer.Ordinal)
            .Take(n)
            .Select(p => p.Partner)
            .ToHashSet();
        return new KeptTies(ties.Where(t => kept.Contains(PartnerOf(t, actor))).ToList(), kept, ties.Count, partners.Count);
    }

    /// <summary>The other end of one of the actor's ties (the actor itself for a tie with itself).</summary>
    public static ActorId PartnerOf(Tie tie, ActorId actor) => tie.Source == actor ? tie.Target : tie.Source;
}

/// <summary>The ties an answer shows, the partners they are with, and how many of each the actor has in all.</summary>
public sealed record KeptTies(IReadOnlyList<Tie> Ties, IReadOnlySet<ActorId> Partners, int TotalTies, int TotalPartners)
{
    public int OmittedTies => TotalTies - Ties.Count;

    public int OmittedPartners => TotalPartners - Partners.Count;
}
