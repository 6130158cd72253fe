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
    private readonly double _untested = table.Number("stated_intent.untested_threat_scale");
    private readonly int _recencyDays = (int)table.Number("stated_intent.fighting_recency_days");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        var sides = context.View.OtherSide;
        var fighting = IsFighting(context);
        foreach (var c in context.Dossier.Claims)
        {
            if (!c.Outgoing) continue;
            if (c.Is(TieType.Threat, Side.OtherSide))
            {
                var w = context.Modality.Of(c, sides) * c.Inheritance * c.SignAgreement * (fighting || c.Modality == Modality.Negated ? 1 : _untested);
                tally.Add("threat", _threat * w, c.Claim, (context, c, fighting), static s => $"{Describe(s.c, s.context)} threat against {s.context.NameOf(s.c.Counterpart)}{Condition(s.c)}{s.context.Via(s.c)}{(s.fighting ? ", already fighting it" : ", untested: not now fighting the other side")}");
            }
            else if (c.CounterpartSide == Side.Target && IsHelpOffer(c, context))
            {
                var w = context.Modality.OfHelpOffer(c, sides) * c.Inheritance * c.SignAgreement;
                tally.Add(w < 0 ? "refusal" : "offer", _help * w, c.Claim, (context, c, w), static s => DescribeOffer(s.c, s.context, s.w));
            }
        }
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Force);
    }

    /// <summary>Threats are cheap; a threat from an actor already firing on the other side (its own
    /// asserted hostility, begun or reported within <c>stated_intent.fighting_recency_days</c>) is
    /// backed by practice. The Houthis, firing at Israel, fired; Iraqi militias, quiet since early 2024, did not.</summary>
    private bool IsFighting(FactorContext context)
    {
        if (context.View.Scenario.AsOf is not { } asOf) return true;
        foreach (var c in context.Dossier.Claims)
            if ((c.Is(TieType.Hostility, outgoing: true, Side.OtherSide) || c.Is(TieType.Attack, outgoing: true, Side.OtherSide)) && !c.IsInherited && c.Modality == Modality.Asserted
                && c.Claim.Evidence.Date is { } seen && asOf.DayNumber - seen.DayNumber <= _recencyDays)
                return true;
        return false;
    }

    /// <summary>Asserted support is rhetoric and asserted or suspected arms deliveries are interests;
    /// what is promised, conditioned, refused, doubted or merely hoped for is intent.</summary>
    private static bool IsHelpOffer(DossierClaim c, FactorContext context) => c.Type switch
    {
        TieType.Promise => true,
        TieType.Support => c.Modality != Modality.Asserted,
        TieType.ArmsSupply or TieType.MilitaryCooperation =>
            c.Modality is Modality.Promised or Modality.Conditional or Modality.Negated or Modality.Threatened
            || context.Modality.IsDoubt(c),
        _ => false,
    };

    private static string DescribeOffer(DossierClaim c, FactorContext context, double weight)
    {
        var what = c.Type == TieType.ArmsSupply ? "arms" : c.Type == TieType.MilitaryCooperation ? "military help" : "help";
        return weight < 0
            ? $"{(c.Modality == Modality.Negated ? "explicitly not committed to giving" : "doubted that it will give")} {what} to {context.NameOf(c.Counterpart)}{context.Via(c)}"
            : $"{Describe(c, context)} offer of {what} to {context.NameOf(c.Counterpart)}{Condition(c)}{context.Via(c)}";
    }

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
