using Casus.Core.Knowledge;

namespace Casus.Present.Workbench;

/// <summary>
/// The dates on which the picture can change: every date a claim was reported, starts or ends.
/// A slider over these, not over every calendar day since 1815, moves one step per change.
/// </summary>
public static class ClaimDates
{
    public static IReadOnlyList<DateOnly> Of(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var dates = new HashSet<DateOnly>();
        foreach (var claim in knowledge.Claims)
        {
            if (claim.Evidence.Date is { } d) dates.Add(d);
            if (claim.ValidFrom is { } f) dates.Add(f);
            // The day after an end is when the tie is gone.
            if (claim.ValidUntil is { } u && u < DateOnly.MaxValue) dates.Add(u.AddDays(1));
        }
        foreach (var state in knowledge.States)
            if (state.Evidence.Date is { } d) dates.Add(d);
        return dates.Order().ToList();
    }
}
