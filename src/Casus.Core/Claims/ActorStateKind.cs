namespace Casus.Core.Claims;

/// <summary>What a document says about an actor itself rather than about a relation.</summary>
public enum ActorStateKind
{
    /// <summary>Capability reduced ("greatly diminished", "weapons stocks destroyed").</summary>
    CapabilityDegraded,
    /// <summary>Capability gone ("effectively neutralised").</summary>
    CapabilityNeutralised,
    /// <summary>Capability intact or large ("remains formidable").</summary>
    CapabilityStrong,
    /// <summary>Regime toppled or collapsed.</summary>
    RegimeToppled,
    /// <summary>Number of fighters or troops (<see cref="StateClaim.Quantity"/>).</summary>
    Size,
    /// <summary>Holds nuclear weapons.</summary>
    NuclearArmed,
    /// <summary>Stays out / remains silent in a crisis (precedent of inaction).</summary>
    StayedOut,
    /// <summary>Leader killed or assassinated.</summary>
    LeaderKilled,
    /// <summary>Busy with another war ("focused on its war in Ukraine").</summary>
    Distracted,
}

public static class ActorStateKindExtensions
{
    public static string ToSnake(this ActorStateKind kind) => kind switch
    {
        ActorStateKind.CapabilityDegraded => "capability_degraded",
        ActorStateKind.CapabilityNeutralised => "capability_neutralised",
        ActorStateKind.CapabilityStrong => "capability_strong",
        ActorStateKind.RegimeToppled => "regime_toppled",
        ActorStateKind.NuclearArmed => "nuclear_armed",
        ActorStateKind.StayedOut => "stayed_out",
        ActorStateKind.LeaderKilled => "leader_killed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParseSnake(string text, out ActorStateKind kind)
    {
        foreach (var candidate in Enum.GetValues<ActorStateKind>())
        {
            if (string.Equals(candidate.ToSnake(), text.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
