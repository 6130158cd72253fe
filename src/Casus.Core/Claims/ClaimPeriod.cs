namespace Casus.Core.Claims;

/// <summary>
/// When a claim holds. "As of D" means the world as it stood on D, as we know it now: a 2025
/// article saying Iran "supported Assad until he was toppled last year" describes 2024, so the
/// support shows as of mid-2024 and is gone as of 2025.
/// </summary>
public static class ClaimPeriod
{
    /// <summary>
    /// A claim starts at its own start date; without one it starts when it was reported, unless it
    /// only carries an end date, in which case it describes a past of unknown start. It holds until
    /// its end date, if any.
    /// </summary>
    public static bool Holds(DateOnly? validFrom, DateOnly? validUntil, DateOnly? reported, DateOnly asOf)
    {
        var start = validFrom ?? (validUntil is null ? reported : null);
        return (start is null || start <= asOf) && (validUntil is null || asOf <= validUntil);
    }
}
