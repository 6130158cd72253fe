using System.Runtime.InteropServices;
using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>
/// Claims grouped by an actor, in one array: a hub's scenario groups hundreds of thousands of claims
/// under thousands of actors, and a list per actor would be thousands of allocations per scenario.
/// Built in two walks over the same claims (count, then place), so each group keeps the walk's order.
/// </summary>
public sealed class ClaimsByActor
{
    private readonly Dictionary<ActorId, (int Start, int Count)> _ranges = [];
    private readonly IndexedClaim[] _claims;

    /// <param name="walk">Calls its argument with (actor, claim) for every claim to keep, in order; it is
    /// called twice and must make the same calls both times.</param>
    public ClaimsByActor(Action<Action<ActorId, IndexedClaim>> walk)
    {
        var total = 0;
        walk((actor, claim) =>
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_ranges, actor, out bool _).Count++;
            total++;
        });
        var start = 0;
        foreach (var actor in _ranges.Keys)
        {
            ref var range = ref CollectionsMarshal.GetValueRefOrNullRef(_ranges, actor);
            (range.Start, start, range.Count) = (start, start + range.Count, 0);
        }
        _claims = new IndexedClaim[total];
        walk((actor, claim) =>
        {
            ref var range = ref CollectionsMarshal.GetValueRefOrNullRef(_ranges, actor);
            _claims[range.Start + range.Count++] = claim;
        });
    }

    /// <summary>The actors with at least one claim, in the order they were first met.</summary>
    public IEnumerable<ActorId> Actors => _ranges.Keys;

    /// <summary>Every group's claims, one group after another.</summary>
    internal IndexedClaim[] All => _claims;

    /// <summary>Where <paramref name="actor"/>'s group lies in <see cref="All"/>.</summary>
    internal bool TryRange(ActorId actor, out int start, out int count)
    {
        var found = _ranges.TryGetValue(actor, out var range);
        (start, count) = range;
        return found;
    }
}
