using System.Globalization;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Pipeline.Backtest;

/// <summary>
/// Knowledge as it could have been known on a date. <see cref="KnowledgeBase.AsOf"/> answers "the
/// world as it stood then, as we know it now": a claim with its own start date shows from that
/// date even when the document reporting it came later (an April article on a January treaty).
/// A backtest must also drop what was published after the date, and what carries no date at all.
/// </summary>
public static class KnownBy
{
    /// <param name="withheld">One line per claim the as-of view holds but this filter drops, for the report.</param>
    public static KnowledgeBase Filter(KnowledgeBase asOf, DateOnly date, out IReadOnlyList<string> withheld)
    {
        var dropped = new List<string>();
        var claims = asOf.Claims.Where(c => Keep(c.Evidence, date, dropped, $"{c.Source.Value} {c.Type} {c.Target.Value}", c.ValidFrom)).ToList();
        var states = asOf.States.Where(s => Keep(s.Evidence, date, dropped, $"{s.Actor.Value} {s.Kind}", s.ValidFrom)).ToList();
        withheld = dropped;
        return new KnowledgeBase(asOf.Actors, claims, states);
    }

    private static bool Keep(Evidence evidence, DateOnly date, List<string> dropped, string what, DateOnly? validFrom)
    {
        if (evidence.Date is { } published && published <= date) return true;
        dropped.Add(string.Create(CultureInfo.InvariantCulture,
            $"{what} (holds from {validFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "its report"}, published {evidence.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}, {evidence.DocumentId})"));
        return false;
    }
}
