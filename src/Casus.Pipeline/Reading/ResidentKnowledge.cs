using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Store;

namespace Casus.Pipeline.Reading;

/// <summary>
/// The whole knowledge a long-running process (<c>casus serve</c>) keeps in memory, and its views
/// as of the dates recently asked for. A view copies every claim that holds on its date (a million
/// claims: tens of milliseconds and tens of megabytes), and requests come back to the same few
/// dates, so each date is built once and shared; only <see cref="Capacity"/> dates are kept, the
/// least recently used is dropped. Safe for concurrent readers; a new load replaces the whole
/// object, so stale views go with the knowledge they were cut from.
/// </summary>
public sealed class ResidentKnowledge
{
    public const int DefaultCapacity = 4;

    private readonly Lock _gate = new();
    private readonly Dictionary<DateOnly, (Lazy<KnowledgeBase> View, long LastUse)> _views = [];
    private long _clock;

    public ResidentKnowledge(KnowledgeBase whole, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Whole = whole;
        Capacity = capacity;
    }

    /// <summary>Everything, on every date.</summary>
    public KnowledgeBase Whole { get; }

    public int Capacity { get; }

    /// <summary>How many dated views are held now (at most <see cref="Capacity"/>).</summary>
    public int HeldViews
    {
        get
        {
            lock (_gate) return _views.Count;
        }
    }

    /// <summary>The knowledge after an ingest stored <paramref name="stored"/> (documents the store newly accepted,
    /// each with the claims written with it): these claims after the held ones, the order a reload reads them in,
    /// and <paramref name="actors"/> as the whole actor list (lexicon first, as the store loads them). Nothing
    /// else is read. The dated views are not carried over: they lack the new claims, and the new object builds
    /// its own on demand, as after a reload.</summary>
    public ResidentKnowledge Including(IEnumerable<Actor> actors, IReadOnlyList<DocumentWithClaims> stored)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(stored);
        return new ResidentKnowledge(new KnowledgeBase(actors,
            Whole.Claims.Concat(stored.SelectMany(s => s.Ties)),
            Whole.States.Concat(stored.SelectMany(s => s.States))), Capacity);
    }

    /// <summary>The knowledge as it stood on <paramref name="asOf"/> (<see cref="Whole"/> when null),
    /// the same instance for the same date while it stays among the recent ones.</summary>
    public KnowledgeBase AsOf(DateOnly? asOf)
    {
        if (asOf is not { } day) return Whole;
        Lazy<KnowledgeBase> view;
        lock (_gate)
        {
            var now = ++_clock;
            if (_views.TryGetValue(day, out var held)) view = held.View;
            else
            {
                if (_views.Count >= Capacity) _views.Remove(LeastRecent());
                // Built outside the lock (a copy of the claims); concurrent askers for the same date wait on one build.
                view = new Lazy<KnowledgeBase>(() => Whole.AsOf(day), LazyThreadSafetyMode.ExecutionAndPublication);
            }
            _views[day] = (view, now);
        }
        return view.Value;
    }

    private DateOnly LeastRecent()
    {
        var oldest = default(KeyValuePair<DateOnly, (Lazy<KnowledgeBase> View, long LastUse)>);
        var first = true;
        foreach (var entry in _views)
            if (first || entry.Value.LastUse < oldest.Value.LastUse)
            {
                oldest = entry;
                first = false;
            }
        return oldest.Key;
    }
}
