using System.Globalization;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>
/// Compares a matched prediction with the gold row's details. Each detail is checked only where
/// the prediction can carry it: clauses on treaties, quantities on state claims (a tie has none),
/// the condition actor on ties.
/// </summary>
internal static class DetailChecks
{
    /// <summary>Relative tolerance for quantities ("an estimated 200,000" vs 200000).</summary>
    private const double QuantityTolerance = 0.1;

    public static int Count(GoldDetails gold, PredictedClaim predicted) => Mismatches(gold, predicted, countOnly: true).Count;

    public static IReadOnlyList<string> Mismatches(GoldDetails gold, PredictedClaim predicted) => Mismatches(gold, predicted, countOnly: false);

    /// <param name="countOnly">Return one entry per applicable check instead of per failed check.</param>
    private static List<string> Mismatches(GoldDetails gold, PredictedClaim predicted, bool countOnly)
    {
        var result = new List<string>();
        void Check(bool applies, bool ok, Func<string> message)
        {
            if (!applies) return;
            if (countOnly) result.Add("");
            else if (!ok) result.Add(message());
        }

        var from = predicted.Tie?.ValidFrom ?? predicted.State?.ValidFrom;
        var until = predicted.Tie?.ValidUntil ?? predicted.State?.ValidUntil;
        Check(gold.From is not null, gold.From?.Matches(from) == true, () => $"from: expected {gold.From}, got {Show(from)}");
        Check(gold.Until is not null, gold.Until?.Matches(until) == true, () => $"until: expected {gold.Until}, got {Show(until)}");

        if (gold.Clauses is not null && predicted.Tie is { Type: TieType.Treaty } treaty)
        {
            foreach (var clause in gold.Clauses)
            {
                var found = treaty.ClauseList.FirstOrDefault(c => c.Kind == clause.Kind);
                Check(true, found?.Present == clause.Present,
                    () => $"clause {GoldDetailsParser.Snake(clause.Kind)}: expected {(clause.Present ? "present" : "absent")}, got {(found is null ? "nothing" : found.Present ? "present" : "absent")}");
            }
        }

        if (gold.Quantity is { } quantity && predicted.State is { } state)
        {
            var ok = state.Quantity is { } q && Math.Abs(q - quantity) <= QuantityTolerance * Math.Abs(quantity);
            Check(true, ok, () => $"quantity: expected {quantity.ToString(CultureInfo.InvariantCulture)}, got {state.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        }

        if (gold.ConditionActor is { } actor && predicted.Tie is { } tie)
            Check(true, tie.ConditionActor == actor, () => $"condition actor: expected {actor.Value}, got {tie.ConditionActor?.Value ?? "none"}");

        return result;
    }

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
}
