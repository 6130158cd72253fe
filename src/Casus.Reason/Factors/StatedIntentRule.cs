using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Stated intent: threats against the other side and offers of help to the target, weighted by
/// how the text commits to them. A threat conditioned on a party to this very scenario ("if
/// America intervenes, we will…") counts fully; a negated or doubted offer of help ("without
/// committing to intervene", "unlikely to support") counts against.
/// </summary>
public sealed class StatedIntentRule(WeightTable table) : FactorRule(table, "stated_intent", "stated_intent")
{
    private readonly double _threat = table.Number("stated_intent.threat_against_other_side");
    private readonly double _help = table.Number("stated_intent.help_offer");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally();
        var sides = context.View.OtherSide;
        foreach (var c in context.Dossier.Claims)
        {
            if (!c.Outgoing) continue;
            var e = c.Claim.Evidence;
            if (c.Is(TieType.Threat, Side.OtherSide))
            {
                var w = context.Modality.Of(c.Claim, sides) * c.Inheritance * c.SignAgreement;
                tally.Add("threat", _threat * w, e, (context, c), static s => $"{Describe(s.c, s.context)} threat against {s.context.NameOf(s.c.Counterpart)}{Condition(s.c)}{s.context.Via(s.c)}");
            }
            else if (c.CounterpartSide == Side.Target && IsHelpOffer(c, context))
            {
                var w = context.Modality.OfHelpOffer(c.Claim, sides) * c.Inheritance * c.SignAgreement;
                var what = c.Type == TieType.ArmsSupply ? "arms" : c.Type == TieType.MilitaryCooperation ? "military help" : "help";
                var key = w < 0 ? "refusal" : "offer";
                var text = w < 0
                    ? $"{(c.Modality == Modality.Negated ? "explicitly not committed to giving" : "doubted that it will give")} {what} to {context.NameOf(c.Counterpart)}{context.Via(c)}"
                    : $"{Describe(c, context)} offer of {what} to {context.NameOf(c.Counterpart)}{Condition(c)}{context.Via(c)}";
                tally.Add(key, text, _help * w, e);
            }
        }
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Ladder);
    }

    /// <summary>Asserted support is rhetoric and asserted or suspected arms deliveries are interests;
    /// what is promised, conditioned, refused, doubted or merely hoped for is intent.</summary>
    private static bool IsHelpOffer(DossierClaim c, FactorContext context) => c.Type switch
    {
        TieType.Promise => true,
        TieType.Support => c.Modality != Modality.Asserted,
        TieType.ArmsSupply or TieType.MilitaryCooperation =>
            c.Modality is Modality.Promised or Modality.Conditional or Modality.Negated or Modality.Threatened
            || context.Modality.IsDoubt(c.Claim),
        _ => false,
    };

    private static string Describe(DossierClaim c, FactorContext context) => c.Modality switch
    {
        Modality.Asserted => "stated",
        Modality.Conditional when c.Claim.ConditionActor is { } a && context.View.OtherSide.Contains(a) => "conditional (condition met in this scenario)",
        Modality.Conditional => "conditional",
        _ => c.Modality.ToSnake(),
    };

    private static string Condition(DossierClaim c) =>
        c.Claim.Condition is { Length: > 0 } condition ? $" ({condition})" : "";
}
