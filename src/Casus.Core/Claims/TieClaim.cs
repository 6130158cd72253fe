using Casus.Core.Actors;

namespace Casus.Core.Claims;

/// <summary>
/// One piece of text (or dataset row) saying that <see cref="Source"/> stands in a relation to
/// <see cref="Target"/>. Several claims about the same dyad and type make one tie
/// (see <see cref="Knowledge.Tie"/>).
/// </summary>
/// <param name="Sign">+1 cooperative, -1 hostile, toward the target.</param>
/// <param name="Attribution">Who says so, when the text names them ("The Washington Post",
/// "Western allies"); null when the document asserts it in its own voice.</param>
/// <param name="Condition">For conditional claims, the triggering event in words
/// ("if America intervenes"), and <see cref="ConditionActor"/> the actor whose act triggers it.</param>
/// <param name="ValidFrom">When the relation began, if the text says (a treaty signed in January).</param>
/// <param name="ValidUntil">When it ended ("until he was toppled last year").</param>
public sealed record TieClaim(
    ActorId Source,
    ActorId Target,
    TieType Type,
    int Sign,
    Modality Modality,
    Evidence Evidence,
    string? Attribution = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null,
    IReadOnlyList<Clause>? Clauses = null,
    string? Condition = null,
    ActorId? ConditionActor = null,
    string? Cue = null)
{
    public IReadOnlyList<Clause> ClauseList => Clauses ?? [];

    /// <summary>The date the claim speaks about: its own start date, else its document's date.</summary>
    public DateOnly? EffectiveDate => ValidFrom ?? Evidence.Date;

    /// <summary>Whether the claim describes the world as it stood on <paramref name="asOf"/> (see <see cref="ClaimPeriod"/>).</summary>
    public bool HoldsOn(DateOnly asOf) => ClaimPeriod.Holds(ValidFrom, ValidUntil, Evidence.Date, asOf);

    public bool Mentions(ActorId actor) => Source == actor || Target == actor;
}
