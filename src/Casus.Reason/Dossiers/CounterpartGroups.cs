using System.Runtime.InteropServices;
using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>
/// A party's claims grouped by the actor at their other end (<see cref="ClaimsByActor"/>), and for each
/// claim the first claim of its group with the same <see cref="WeightKey"/> (its leader), so the numbers
/// pass keeps one holding claim per key. Built once per party per knowledge base.
/// </summary>
public sealed class CounterpartGroups
{
    private readonly ClaimsByActor _groups;
    private readonly int[] _leaders;

    public CounterpartGroups(ClaimsByActor groups)
    {
        _groups = groups;
        _leaders = new int[groups.All.Length];
        var first = new Dictionary<long, int>();
        foreach (var actor in groups.Actors)
        {
            groups.TryRange(actor, out var start, out var count);
            first.Clear();
            for (var i = 0; i < count; i++)
            {
                ref readonly var claim = ref groups.All[start + i];
                if (WeightKey.Of(claim, outgoing: claim.Source == actor) is not { } key) { _leaders[start + i] = i; continue; }
                ref var leader = ref CollectionsMarshal.GetValueRefOrAddDefault(first, key, out var seen);
                if (!seen) leader = i;
                _leaders[start + i] = leader;
            }
        }
    }

    public IEnumerable<ActorId> Actors => _groups.Actors;

    /// <summary>The claims with <paramref name="actor"/>, in the party's claim order.</summary>
    public ReadOnlySpan<IndexedClaim> Of(ActorId actor) => _groups.Of(actor);

    /// <summary>As <see cref="Of"/>, with each claim's leader: the offset, within the same span, of the first
    /// claim that weighs the same (the claim's own offset when it is the first or has no key).</summary>
    public ReadOnlySpan<IndexedClaim> Of(ActorId actor, out ReadOnlySpan<int> leaders)
    {
        if (!_groups.TryRange(actor, out var start, out var count))
        {
            leaders = [];
            return [];
        }
        leaders = _leaders.AsSpan(start, count);
        return _groups.All.AsSpan(start, count);
    }
}
