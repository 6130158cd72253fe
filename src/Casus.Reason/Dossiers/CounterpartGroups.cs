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
    private readonly ClaimDays[] _days; // beside each claim: what the numbers pass tests before it reads the claim
    private readonly (int Start, int Count)[] _byOrdinal; // every group's place in the claims, by the counterpart's number

    public CounterpartGroups(ClaimsByActor groups, ActorOrdinals ordinals)
    {
        _groups = groups;
        Counterparts = [.. groups.Actors.Select(a => (a, ordinals.Of(a)))];
        _days = new ClaimDays[groups.All.Length];
        _byOrdinal = new (int, int)[ordinals.Count];
        var first = new Dictionary<long, int>();
        foreach (var (actor, ordinal) in Counterparts)
        {
            groups.TryRange(actor, out var start, out var count);
            if (ordinal >= 0) _byOrdinal[ordinal] = (start, count);
            first.Clear();
            for (var i = 0; i < count; i++)
            {
                ref readonly var claim = ref groups.All[start + i];
                var leader = i;
                if (WeightKey.Of(claim, outgoing: claim.Source == actor) is { } key)
                {
                    ref var firstOfKey = ref CollectionsMarshal.GetValueRefOrAddDefault(first, key, out var seen);
                    if (!seen) firstOfKey = i;
                    leader = firstOfKey;
                }
                _days[start + i] = new ClaimDays(claim.FromDay, claim.UntilDay, leader);
            }
        }
    }

    /// <summary>The actors with at least one claim, each with its number, in the order they were first met.</summary>
    public (ActorId Actor, int Ordinal)[] Counterparts { get; }

    /// <summary>As <see cref="Of(int)"/>, with each claim's days and leader (<see cref="ClaimDays"/>).</summary>
    public ReadOnlySpan<IndexedClaim> Of(int ordinal, out ReadOnlySpan<ClaimDays> days)
    {
        var (start, count) = ordinal >= 0 ? _byOrdinal[ordinal] : default;
        days = _days.AsSpan(start, count);
        return _groups.All.AsSpan(start, count);
    }

    /// <summary>The claims with the actor numbered <paramref name="ordinal"/> (−1: none), in the party's claim order.</summary>
    public ReadOnlySpan<IndexedClaim> Of(int ordinal)
    {
        var (start, count) = ordinal >= 0 ? _byOrdinal[ordinal] : default;
        return _groups.All.AsSpan(start, count);
    }
}

/// <summary>A claim's first and last day (<see cref="IndexedClaim.FromDay"/>, <see cref="IndexedClaim.UntilDay"/>) and its
/// leader: the offset, within its group, of the first claim that weighs the same (its own offset when it is the first or
/// has no <see cref="WeightKey"/>). Twelve bytes instead of a whole packed claim: the numbers pass walks every claim of
/// the parties to keep a few, and on a five-million-claim network that walk is bound by memory traffic.</summary>
public readonly record struct ClaimDays(int From, int Until, int Leader)
{
    public bool HoldsOn(int dayNumber) => From <= dayNumber && dayNumber <= Until;
}
