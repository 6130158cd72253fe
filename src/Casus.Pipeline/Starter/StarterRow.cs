using Casus.Core.Claims;

namespace Casus.Pipeline.Starter;

/// <summary>One line of <c>data/starter/facts.tsv</c>, checked but not yet tied to a document.
/// Exactly one of <see cref="TieType"/> and <see cref="StateKind"/> is set.</summary>
internal sealed record StarterRow(
    int Line,
    string Source,
    TieType? TieType,
    string? Target,
    int? Sign,
    Modality Modality,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<Clause> Clauses,
    string? Context,
    string? ConditionActor,
    ActorStateKind? StateKind,
    double? Quantity,
    string? Attribution,
    string Statement,
    string Outlet,
    string Url,
    DateOnly? Date);
