using Casus.Core.Knowledge;
using Casus.Web.Hosting;

namespace Casus.Web.Api;

/// <summary>
/// What <c>/api/info</c> counts: the date range needs every stored claim, which on a
/// five-million-claim database is far too slow to repeat per request (the explorer asks on every
/// page load). The counts only change when the knowledge does, so they are computed once per
/// backend generation and reused until an ingest moves it on.
/// </summary>
public sealed class InfoCache
{
    private readonly Lock _gate = new();
    // A reference, swapped whole, so a reader without the lock never sees one generation's number with another's counts.
    private volatile Counted? _latest;

    public KnowledgeCounts Get(ICasusBackend backend)
    {
        // Read before counting: an ingest landing meanwhile moves the generation past this one, so
        // the next request counts again rather than keep a stale answer.
        var generation = backend.Generation;
        if (_latest is { } hit && hit.Generation == generation) return hit.Counts;
        lock (_gate)
        {
            // Concurrent first requests wait for one count instead of each scanning every claim.
            if (_latest is { } raced && raced.Generation == generation) return raced.Counts;
            var counts = KnowledgeCounts.Of(backend.Knowledge(null));
            _latest = new Counted(generation, counts);
            return counts;
        }
    }

    private sealed record Counted(long Generation, KnowledgeCounts Counts);
}

/// <summary>Actor and claim counts and the date range of the claims' evidence (null when none is dated).</summary>
public sealed record KnowledgeCounts(int Actors, int TieClaims, int StateClaims, DateOnly? FirstDate, DateOnly? LastDate)
{
    public static KnowledgeCounts Of(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        DateOnly? first = null, last = null;
        void See(DateOnly? date)
        {
            if (date is not { } d) return;
            if (first is null || d < first) first = d;
            if (last is null || d > last) last = d;
        }
        // One pass without a list of five million dates.
        foreach (var claim in kb.Claims) See(claim.Evidence.Date);
        foreach (var state in kb.States) See(state.Evidence.Date);
        return new KnowledgeCounts(kb.Actors.Count, kb.Claims.Count, kb.States.Count, first, last);
    }
}
