namespace Casus.Core.Claims;

/// <summary>Obligations a treaty may or may not contain (ATOP's vocabulary where it has one).</summary>
public enum ClauseKind
{
    MutualDefence,
    Offence,
    Neutrality,
    NonAggression,
    Consultation,
    /// <summary>Neither side helps an aggressor that attacks the other.</summary>
    NoAidToAggressor,
    JointExercises,
    InformationExchange,
}

/// <summary>A clause and whether the treaty has it: "did not include a mutual defence clause" is
/// <c>(MutualDefence, false)</c>, which matters as much as a clause that is there.</summary>
/// <param name="Condition">Free-text limit on the clause ("only against a named adversary").</param>
public sealed record Clause(ClauseKind Kind, bool Present, string? Condition = null);
