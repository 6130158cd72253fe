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
    private readonly (int Start, int Count)[] _byOrdinal; // every group's place in the claims, by the counterpart's number

    public CounterpartGroups(ClaimsByActor groups, ActorOrdinals ordinals)
    {
        _groups = groups;
        Counterparts = [.. groups.Actors.Select(a => (a, ordinals.Of(a)))];
        _leaders = new int[groups.All.Length];
        _byOrdinal = new (int, int)[ordinals.Count];
        foreach (var (actor, ordinal) in Counterparts)
            if (ordinal >= 0 && groups.TryRange(actor, out var start, out var count)) _byOrdinal[ordinal] = (start, count);
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

    /// <summary>The actors with at least one claim, each with its number, in the order they were first met.</summary>
    public (ActorId Actor, int Ordinal)[] Counterparts { get; }

    /// <summary>The claims with <paramref name="actor"/>, in the party's claim order.</summary>
    public ReadOnlySpan<IndexedClaim> Of(ActorId actor) => _groups.Of(actor);

    /// <summary>As <see cref="Of"/>, with each claim's leader: the offset, within the same span, of the first
    /// claim that weighs the same (the claim's own offset when it is the first or has no key).</summary>
    public ReadOnlySpan<IndexedClaim> Of(int ordinal, out ReadOnlySpan<int> leaders)
    {
        var (start, count) = ordinal >= 0 ? _byOrdinal[ordinal] : default;
        leaders = _leaders.AsSpan(start, count);
        return _groups.All.AsSpan(start, count);
    }

    /// <summary>As <see cref="Of(ActorId)"/>, by the actor's number (−1: none).</summary>
    public ReadOnlySpan<IndexedClaim> Of(int ordinal)
    {
        var (start, count) = ordinal >= 0 ? _byOrdinal[ordinal] : default;
        return _groups.All.AsSpan(start, count);
    }
}
