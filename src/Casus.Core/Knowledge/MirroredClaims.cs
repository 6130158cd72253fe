using Casus.Core.Claims;

namespace Casus.Core.Knowledge;

/// <summary>
/// A symmetric tie (a treaty, an alignment) is stored as a claim each way from one sentence, because the
/// reasoning reads ties by direction. Shown or counted for a reader it is one claim: the pair collapses to
/// its first claim, marked as holding both ways.
/// </summary>
public static class MirroredClaims
{
    public static IReadOnlyList<(TieClaim Claim, bool BothWays)> Collapse(IEnumerable<TieClaim> claims)
    {
        var list = claims.ToList();
        var result = new List<(TieClaim Claim, bool BothWays)>(list.Count);
        var used = new bool[list.Count];
        var byKey = new Dictionary<(string, int, int, TieType, Modality, string, string), List<int>>();
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            var key = (c.Evidence.DocumentId, c.Evidence.Start, c.Evidence.End, c.Type, c.Modality, c.Source.Value, c.Target.Value);
            if (!byKey.TryGetValue(key, out var at)) byKey[key] = at = [];
            at.Add(i);
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (used[i]) continue;
            used[i] = true;
            var c = list[i];
            var mirror = (c.Evidence.DocumentId, c.Evidence.Start, c.Evidence.End, c.Type, c.Modality, c.Target.Value, c.Source.Value);
            var both = false;
            if (c.Source != c.Target && byKey.TryGetValue(mirror, out var candidates))
                foreach (var j in candidates)
                    if (!used[j]) { used[j] = true; both = true; break; }
            result.Add((c, both));
        }
        return result;
    }
}
