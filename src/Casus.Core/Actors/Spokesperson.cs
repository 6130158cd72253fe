namespace Casus.Core.Actors;

/// <summary>A person who speaks for an actor during a period (leaders change).</summary>
public sealed record Spokesperson(
    string Name,
    IReadOnlyList<string> Aliases,
    ActorId SpeaksFor,
    string Role,
    DateOnly? From,
    DateOnly? Until)
{
    public bool ActiveOn(DateOnly date) =>
        (From is null || From <= date) && (Until is null || date <= Until);
}
