using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Present.Workbench;

/// <summary>Where a partner stands toward the focus: its claims with the focus are mostly cooperative, mostly hostile, or even.</summary>
public enum Side { Focus, Supporter, Adversary, Mixed }

/// <summary>A drawn actor: how much it has to do with the focus (claims), how many edges it has in the picture, which side and community.</summary>
public sealed record PictureNode(ActorId Id, string Name, string Kind, Side Side, int Claims, int Degree, int Community);

/// <summary>
/// One edge: every claim between two actors (either direction) in one relation family.
/// Its sign is the net of the claims that are not negated; <see cref="Mixed"/> when both signs occur.
/// </summary>
public sealed record PictureEdge(
    ActorId A, ActorId B, RelationFamily Family, int Sign, bool Mixed, Modality Strongest, bool Contested,
    int Claims, int Outlets, string Direction, IReadOnlyList<(TieType Type, int Claims)> Types, DateOnly? From, DateOnly? Until)
{
    /// <summary>Drawn dashed: nothing in it is asserted as plain fact (hedged, speculated, negated, promised...).</summary>
    public bool Dashed => Strongest != Modality.Asserted;
}

/// <summary>
/// The network around one actor as a reader can take it in: its partners ranked by how many
/// claims tie them to it (only the first <c>limit</c> drawn, the rest counted so the page can
/// offer "show more"), one edge per actor pair and relation family weighted by corroboration,
/// each partner placed on the supporters' or the adversaries' side, and partners that are tied
/// to each other grouped into communities. Pure: the knowledge is already narrowed to the date.
/// </summary>
public sealed record NetworkPicture(ActorId Focus, IReadOnlyList<PictureNode> Nodes, IReadOnlyList<PictureEdge> Edges, int TotalPartners, int Limit)
{
    public int OmittedPartners => TotalPartners - (Nodes.Count - 1);

    public static NetworkPicture Around(KnowledgeBase knowledge, ActorId focus, ClaimFilter? filter = null, int limit = 30)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        filter ??= ClaimFilter.None;
        var mine = knowledge.ClaimsOf(focus).Where(c => filter.Keeps(c, knowledge, focus)).ToList();
        var partners = mine.GroupBy(c => c.Source == focus ? c.Target : c.Source)
            .Where(g => g.Key != focus)
            .Select(g => (Id: g.Key, Claims: g.Count(), Side: SideOf(g)))
            .OrderByDescending(p => p.Claims)
            .ThenBy(p => knowledge.NameOf(p.Id), StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id.Value, StringComparer.Ordinal)
            .ToList();
        var kept = partners.Take(limit).ToList();
        var ids = kept.Select(p => p.Id).Append(focus).ToHashSet();

        var claims = new List<TieClaim>();
        foreach (var id in ids)
            foreach (var claim in knowledge.ClaimsOf(id))
                if (claim.Source == id && ids.Contains(claim.Target) && claim.Source != claim.Target && filter.Keeps(claim, knowledge, focus))
                    claims.Add(claim);
        var edges = claims
            .GroupBy(c => (Pair(c.Source, c.Target), RelationFamilies.Of(c.Type)))
            .Select(g => Edge(g.Key.Item1.A, g.Key.Item1.B, g.Key.Item2, g.ToList()))
            .OrderBy(e => e.A.Value, StringComparer.Ordinal).ThenBy(e => e.B.Value, StringComparer.Ordinal).ThenBy(e => e.Family)
            .ToList();
        var degree = edges.SelectMany(e => new[] { e.A, e.B }).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var community = Communities(kept.Select(p => p.Id).ToList(), edges, focus);
        var nodes = new List<PictureNode>
        {
            new(focus, knowledge.NameOf(focus), ClaimFilter.KindOf(knowledge, focus), Side.Focus, mine.Count, degree.GetValueOrDefault(focus), 0),
        };
        nodes.AddRange(kept.Select(p => new PictureNode(p.Id, knowledge.NameOf(p.Id), ClaimFilter.KindOf(knowledge, p.Id), p.Side,
            p.Claims, degree.GetValueOrDefault(p.Id), community[p.Id])));
        return new NetworkPicture(focus, nodes, edges, partners.Count, limit);
    }

    /// <summary>Net of the non-negated claims' signs: a negated "did not arm" says nothing about which side it is on.</summary>
    private static Side SideOf(IEnumerable<TieClaim> claims)
    {
        var net = claims.Where(c => c.Modality != Modality.Negated).Sum(c => Math.Sign(c.Sign));
        return net > 0 ? Side.Supporter : net < 0 ? Side.Adversary : Side.Mixed;
    }

    private static (ActorId A, ActorId B) Pair(ActorId x, ActorId y) =>
        string.CompareOrdinal(x.Value, y.Value) <= 0 ? (x, y) : (y, x);

    private static PictureEdge Edge(ActorId a, ActorId b, RelationFamily family, List<TieClaim> claims)
    {
        var standing = claims.Where(c => c.Modality != Modality.Negated).ToList();
        var net = standing.Sum(c => Math.Sign(c.Sign));
        var sign = standing.Count == 0 ? (family == RelationFamily.Hostile ? -1 : 1) : net >= 0 ? 1 : -1;
        var mixed = standing.Any(c => c.Sign > 0) && standing.Any(c => c.Sign < 0);
        var forward = claims.Any(c => c.Source == a);
        var backward = claims.Any(c => c.Source == b);
        var direction = forward && backward ? "both" : forward ? "a_to_b" : "b_to_a";
        var types = claims.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        var contested = claims.Any(c => c.Modality == Modality.Negated) && standing.Count > 0;
        var starts = claims.Select(c => c.ValidFrom ?? (c.ValidUntil is null ? c.Evidence.Date : null)).Where(d => d is not null).ToList();
        DateOnly? until = claims.All(c => c.ValidUntil is not null) ? claims.Max(c => c.ValidUntil) : null;
        return new PictureEdge(a, b, family, sign, mixed, claims.Min(c => c.Modality), contested, claims.Count,
            claims.Select(c => c.Evidence.Outlet ?? c.Evidence.DocumentId).Distinct().Count(), direction, types,
            starts.Count > 0 ? starts.Min() : null, until);
    }

    /// <summary>
    /// Communities among the partners (the focus left out: it touches everyone): label propagation over
    /// the cooperative edges, weighted by claims, in a fixed order with ties to the smaller label, so the
    /// same knowledge always groups the same way. Numbered from 1 in the partners' rank order.
    /// </summary>
    private static Dictionary<ActorId, int> Communities(List<ActorId> partners, List<PictureEdge> edges, ActorId focus)
    {
        var index = partners.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var label = Enumerable.Range(0, partners.Count).ToArray();
        var neighbours = partners.Select(_ => new List<(int Other, int Weight)>()).ToArray();
        foreach (var e in edges.Where(e => e.Sign > 0 && e.A != focus && e.B != focus))
        {
            neighbours[index[e.A]].Add((index[e.B], e.Claims));
            neighbours[index[e.B]].Add((index[e.A], e.Claims));
        }
        for (var round = 0; round < 20; round++)
        {
            var changed = false;
            for (var i = 0; i < partners.Count; i++)
            {
                if (neighbours[i].Count == 0) continue;
                var best = neighbours[i].GroupBy(n => label[n.Other])
                    .Select(g => (Label: g.Key, Weight: g.Sum(n => n.Weight)))
                    .OrderByDescending(x => x.Weight).ThenBy(x => x.Label).First().Label;
                if (best != label[i] && neighbours[i].Any(n => label[n.Other] == best))
                {
                    // Only move to a strictly heavier group than the one it is in, so two equal halves settle.
                    var here = neighbours[i].Where(n => label[n.Other] == label[i]).Sum(n => n.Weight);
                    var there = neighbours[i].Where(n => label[n.Other] == best).Sum(n => n.Weight);
                    if (there > here || (there == here && best < label[i]))
                    {
                        label[i] = best;
                        changed = true;
                    }
                }
            }
            if (!changed) break;
        }
        var number = new Dictionary<int, int>();
        var result = new Dictionary<ActorId, int>();
        for (var i = 0; i < partners.Count; i++)
        {
            if (!number.TryGetValue(label[i], out var n)) number[label[i]] = n = number.Count + 1;
            result[partners[i]] = n;
        }
        return result;
    }
}
