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
    public static KnowledgeBase Filter(KnowledgeBase asOf, DateOnly date, out int withheld)
    {
        var claims = asOf.Claims.Where(c => c.Evidence.Date is { } d && d <= date).ToList();
        var states = asOf.States.Where(s => s.Evidence.Date is { } d && d <= date).ToList();
        withheld = asOf.Claims.Count - claims.Count + asOf.States.Count - states.Count;
        return new KnowledgeBase(asOf.Actors, claims, states);
    }
}
