using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>
/// Optional facts a gold row pins down beyond its key: the claim's own dates, treaty clauses,
/// a quantity, the actor a condition hangs on. Checked on matched claims, reported apart from F1.
/// </summary>
public sealed record GoldDetails(
    PartialDate? From = null,
    PartialDate? Until = null,
    IReadOnlyList<Clause>? Clauses = null,
    double? Quantity = null,
    ActorId? ConditionActor = null)
{
    public static GoldDetails None { get; } = new();

    public bool IsEmpty => From is null && Until is null && Clauses is null && Quantity is null && ConditionActor is null;
}
