using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Precedent: what the actor did in a similar case. Staying out when an ally fell pulls down;
/// already fighting the other side (past indirect or direct action) pushes up.
/// </summary>
public sealed class PrecedentRule(WeightTable table) : FactorRule(table, "precedent", "precedent")
{
    private readonly double _stayedOut = table.Number("precedent.stayed_out");
    private readonly double _fighting = table.Number("precedent.fighting_other_side");
    private readonly int _recencyDays = (int)table.Number("precedent.fighting_recency_days");
    private readonly double _nonParticipation = table.Number("precedent.non_participation");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var s in context.Dossier.States)
        {
            if (s.Kind != ActorStateKind.StayedOut || s.State.Modality == Modality.Negated) continue;
            tally.Add("stayed_out", _stayedOut * context.Modality.Of(s.State) * s.Inheritance, s.State.Evidence, (context, s), static t =>
                $"stayed out of a similar crisis{(t.s.State.Context is { Length: > 0 } episode ? $" ({episode})" : "")}{t.context.Via(t.s)}");
        }
        foreach (var c in context.Dossier.Claims)
        {
            // Staying out of this very fight ("has not fired a shot", "will stay out of the war") is restraint.
            if (c.Is(TieType.NonParticipation, outgoing: true, Side.OtherSide) && c.Modality != Modality.Negated && !c.IsInherited)
            {
                tally.Add("non_participation", _nonParticipation * context.Modality.Of(c, context.View.OtherSide), c.Claim, (context, c), static s =>
                    $"stays out of the fight with {s.context.NameOf(s.c.Counterpart)}{(s.c.Modality == Modality.Asserted ? "" : $" ({s.c.Modality.ToSnake()})")}{s.context.Via(s.c)}");
                continue;
            }
            // A dated attack on the other side is fighting it, as much as a war reported as a state.
            if (!(c.Is(TieType.Hostility, outgoing: true, Side.OtherSide) || c.Is(TieType.Attack, outgoing: true, Side.OtherSide)) || c.Modality == Modality.Negated) continue; // an ended hostility is a truce: cross-pressure
            // Fighting that stopped long ago (Iraqi militias after early 2024) is history, not practice.
            if (context.View.Scenario.AsOf is { } asOf && c.Claim.Evidence.Date is { } seen && asOf.DayNumber - seen.DayNumber > _recencyDays) continue;
            var w = context.Modality.Of(c, context.View.OtherSide) * c.Inheritance * c.SignAgreement;
            tally.Add("fighting", _fighting * w, c.Claim, (context, c), static s => $"has attacked or fought {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
        }
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Force);
    }
}
