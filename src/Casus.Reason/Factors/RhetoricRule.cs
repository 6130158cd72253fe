using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Rhetoric: condemning the attackers, declaring solidarity with the target, warning the other
/// side. Words are level 1, so this factor shifts only the first threshold: it makes silence
/// less likely without making fighting more likely. Net effect never below zero (a retraction
/// cancels a statement, it does not make the actor an enemy: that is cross-pressure's job).
/// </summary>
public sealed class RhetoricRule(WeightTable table) : FactorRule(table, "rhetoric", "rhetoric")
{
    private readonly double _condemns = table.Number("rhetoric.condemns_other_side");
    private readonly double _solidarity = table.Number("rhetoric.solidarity_with_target");
    private readonly double _warns = table.Number("rhetoric.warns_other_side");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var c in context.Dossier.Claims)
        {
            if (!c.Outgoing || c.CounterpartSide == Side.Third) continue;
            var w = context.Modality.Of(c, context.View.OtherSide) * c.Inheritance * c.SignAgreement;
            if (c.Is(TieType.Condemnation, Side.OtherSide))
                tally.Add("condemns", _condemns * w, c.Claim, (context, c), static s => $"condemns {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
            else if (c.Is(TieType.Threat, Side.OtherSide))
                tally.Add("warns", _warns * w, c.Claim, (context, c), static s => $"warns {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
            else if (c.Is(TieType.Support, Side.Target) && c.Modality == Modality.Asserted)
                tally.Add("solidarity", _solidarity * w, c.Claim, (context, c), static s => $"declares support or solidarity with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
        }
        if (tally.IsEmpty) return null;
        return new FactorOutcome(tally, FactorScope.Voice, note: "acts on P(level ≥ 1) only", floorAtZero: true);
    }
}
