using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Core.Knowledge;

/// <summary>Which end of a tie claim an actor must stand at to be selected.</summary>
public enum ClaimEnd
{
    Either,
    Source,
    Target,
}

/// <summary>A claim with its storage key. Keys are unique and order claims exactly as a full load
/// does (<see cref="KnowledgeBase.Claims"/>), so slices read separately merge back into that order.</summary>
public readonly record struct Keyed<T>(long Key, T Claim);

/// <summary>
/// Reads of the part of the knowledge that touches given actors — what lets a scenario read the
/// neighbourhood of its parties instead of the whole database. Stores answer from their indexes;
/// <see cref="KnowledgeBase"/> answers in memory.
/// </summary>
public interface IKnowledgeSlices
{
    /// <summary>Tie claims with one of <paramref name="actors"/> at <paramref name="end"/> (and of
    /// <paramref name="type"/> when given), each once, in ascending key order.</summary>
    IReadOnlyList<Keyed<TieClaim>> TieClaimsTouching(IReadOnlyCollection<ActorId> actors, ClaimEnd end = ClaimEnd.Either, TieType? type = null);

    /// <summary>Tie claims with both ends among <paramref name="actors"/> (the ties drawn between an actor's
    /// partners), each once, in ascending key order. Stores with two indexes answer without reading the
    /// partners' other claims; this default filters their outgoing ones.</summary>
    IReadOnlyList<Keyed<TieClaim>> TieClaimsAmong(IReadOnlyCollection<ActorId> actors)
    {
        var set = actors as IReadOnlySet<ActorId> ?? actors.ToHashSet();
        return [.. TieClaimsTouching(actors, ClaimEnd.Source).Where(k => set.Contains(k.Claim.Target))];
    }

    /// <summary>State claims about one of <paramref name="actors"/>, in ascending key order.</summary>
    IReadOnlyList<Keyed<StateClaim>> StateClaimsOf(IReadOnlyCollection<ActorId> actors);
}

/// <summary>The selection rule every <see cref="IKnowledgeSlices"/> implements, for implementations that filter in memory.</summary>
public static class KnowledgeSlices
{
    public static bool Selects(TieClaim claim, IReadOnlySet<ActorId> actors, ClaimEnd end, TieType? type) =>
        (type is null || claim.Type == type) && end switch
        {
            ClaimEnd.Source => actors.Contains(claim.Source),
            ClaimEnd.Target => actors.Contains(claim.Target),
            _ => actors.Contains(claim.Source) || actors.Contains(claim.Target),
        };

    /// <summary>Slices of a full list of claims, keyed by position (the order of a full load).</summary>
    public static IReadOnlyList<Keyed<TieClaim>> Filter(IReadOnlyList<TieClaim> claims, IReadOnlyCollection<ActorId> actors, ClaimEnd end, TieType? type)
    {
        var set = actors as IReadOnlySet<ActorId> ?? actors.ToHashSet();
        var result = new List<Keyed<TieClaim>>();
        for (var i = 0; i < claims.Count; i++)
            if (Selects(claims[i], set, end, type)) result.Add(new(i, claims[i]));
        return result;
    }

    public static IReadOnlyList<Keyed<StateClaim>> Filter(IReadOnlyList<StateClaim> states, IReadOnlyCollection<ActorId> actors)
    {
        var set = actors as IReadOnlySet<ActorId> ?? actors.ToHashSet();
        var result = new List<Keyed<StateClaim>>();
        for (var i = 0; i < states.Count; i++)
            if (set.Contains(states[i].Actor)) result.Add(new(i, states[i]));
        return result;
    }
}
