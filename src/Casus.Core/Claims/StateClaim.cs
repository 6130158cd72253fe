using Casus.Core.Actors;

namespace Casus.Core.Claims;

/// <summary>A claim about one actor's condition: degraded, toppled, ~200,000 fighters.</summary>
/// <param name="Context">For <see cref="ActorStateKind.StayedOut"/>: the episode ("when Assad's regime collapsed").</param>
public sealed record StateClaim(
    ActorId Actor,
    ActorStateKind Kind,
    Modality Modality,
    Evidence Evidence,
    double? Quantity = null,
    string? Attribution = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null,
    string? Context = null,
    string? Cue = null)
{
    public bool HoldsOn(DateOnly asOf) => ClaimPeriod.Holds(ValidFrom, ValidUntil, Evidence.Date, asOf);
}
