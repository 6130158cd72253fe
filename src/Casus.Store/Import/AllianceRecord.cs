using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Store.Import;

/// <summary>One state's membership in one phase of an alliance, with the obligations it undertakes.</summary>
/// <param name="Code">The dataset's own code for the state ("COW 630"), kept in the generated text.</param>
/// <param name="Clauses">Every obligation type the dataset codes, present or not: a pact without a
/// defence clause says as much as one with it.</param>
public sealed record AllianceMember(
    ActorId Actor,
    string Code,
    int Phase,
    DateOnly? Entry,
    DateOnly? Exit,
    IReadOnlyList<Clause> Clauses);

/// <summary>An alliance as a dataset codes it (ATOP, COW), before it becomes a document and claims.</summary>
/// <param name="Dataset">"ATOP 5.1", "COW Formal Alliances 4.1".</param>
/// <param name="OriginPrefix">"atop:5.1": the document origin is the prefix plus ":" plus <see cref="Id"/>.</param>
/// <param name="Notes">Alliance-wide facts worth a sentence (a named threat, the dataset's type label).</param>
public sealed record AllianceRecord(
    string Dataset,
    string OriginPrefix,
    string Id,
    DateOnly? Begin,
    DateOnly? End,
    IReadOnlyList<string> Notes,
    IReadOnlyList<AllianceMember> Members,
    string? Url);
