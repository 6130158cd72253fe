using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Help already flowing: an actor that arms the target now (asserted or suspected deliveries, not
/// offers or speculation) has already reached level 3, and a war on its client rarely makes it stop. This factor
/// raises the first three thresholds (a floor under level 3) without making fighting more likely.
/// </summary>
public sealed class OngoingHelpRule(WeightTable table) : FactorRule(table, "ongoing_help", "ongoing_help")
{
    private readonly double _arms = table.Number("ongoing_help.arms_supply");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var c in context.Dossier.Claims)
        {
            if (!c.Is(TieType.ArmsSupply, outgoing: true, Side.Target) || c.IsInherited) continue;
            // Speculation (one outlet guessing) is not help under way; reported or suspected deliveries are.
            if (c.Modality is not (Modality.Asserted or Modality.Hedged) || context.Modality.IsDoubt(c)) continue;
            var w = context.Modality.Of(c, context.View.OtherSide) * c.SignAgreement;
            tally.Add("arms", _arms * w, c.Claim, (context, c), static s => $"already supplies arms to {s.context.NameOf(s.c.Counterpart)}{(s.c.Modality == Modality.Asserted ? "" : $" ({s.c.Modality.ToSnake()})")}");
        }
        if (tally.IsEmpty) return null;
        return new FactorOutcome(tally, FactorScope.Material, note: "acts on P(level ≥ 1..3) only: a floor at help already given", floorAtZero: true);
    }
}
