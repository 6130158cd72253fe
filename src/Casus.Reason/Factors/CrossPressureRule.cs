using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Cross-pressure: ties that pull the actor toward the other side — alignment ("strong alliances
/// with the US", "good relations with Israel"), hosting its bases, treaties, arms and trade with
/// it, being its client — and open hostility toward the target itself.
/// </summary>
public sealed class CrossPressureRule(WeightTable table) : FactorRule(table, "cross_pressure", "cross_pressure")
{
    private readonly double _alignment = table.Number("cross_pressure.alignment");
    private readonly double _basing = table.Number("cross_pressure.basing");
    private readonly double _defenceTreaty = table.Number("cross_pressure.defence_treaty");
    private readonly double _neutralityTreaty = table.Number("cross_pressure.neutrality_pact");
    private readonly double _treaty = table.Number("cross_pressure.treaty");
    private readonly double _client = table.Number("cross_pressure.client_of_other_side");
    private readonly double _patron = table.Number("cross_pressure.patron_of_other_side");
    private readonly double _arms = table.Number("cross_pressure.arms_or_military");
    private readonly double _trade = table.Number("cross_pressure.trade");
    private readonly double _backs = table.Number("cross_pressure.backs_other_side");
    private readonly double _shields = table.Number("cross_pressure.shields_other_side");
    private readonly double _sharedBloc = table.Number("cross_pressure.shared_bloc");
    private readonly double _condemnsTarget = table.Number("cross_pressure.condemns_target");
    private readonly double _threatensTarget = table.Number("cross_pressure.threatens_target");
    private readonly double _hostileTarget = table.Number("cross_pressure.hostile_to_target");
    private readonly double _truce = table.Number("cross_pressure.truce_with_other_side");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var c in context.Dossier.Claims)
        {
            if (c.CounterpartSide == Side.Third) continue; // wars elsewhere: distraction's business
            var w = context.Modality.Of(c, context.View.OtherSide) * c.Inheritance * c.SignAgreement;
            if (c.CounterpartSide == Side.OtherSide)
            {
                switch (c.Type)
                {
                    case TieType.Hostility when c.Modality == Modality.Negated && !c.IsInherited:
                        // An ended hostility (a truce) with an attacker or joiner: a stake in keeping it, not a shared enemy.
                        tally.Add("truce", _truce, c.Claim, (context, c), static s => $"truce or ended hostilities with {s.context.NameOf(s.c.Counterpart)}");
                        break;
                    case TieType.Alignment: tally.Add("alignment", _alignment * w, c.Claim, (context, c), static s => $"aligned with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.Basing: tally.Add("basing", _basing * w, c.Claim, (context, c), static s => s.c.Outgoing ? $"has forces in {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}" : $"hosts forces of {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.Treaty: AddTreaty(tally, c, context, w); break;
                    case TieType.Patronage: tally.Add(c.Outgoing ? "patron" : "client", (c.Outgoing ? _patron : _client) * w, c.Claim, (context, c), static s => s.c.Outgoing ? $"patron of {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}" : $"client of {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.ArmsSupply or TieType.MilitaryCooperation: tally.Add("arms", _arms * w, c.Claim, (context, c), static s => $"arms or military ties with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.EnergyTrade or TieType.EconomicTies: tally.Add("trade", _trade * w, c.Claim, (context, c), static s => $"trade with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.Support or TieType.Promise when c.Outgoing: tally.Add("backs", _backs * w, c.Claim, (context, c), static s => $"backs or promises help to {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.UnShielding when c.Outgoing: tally.Add("shields", _shields * w, c.Claim, (context, c), static s => $"shields {s.context.NameOf(s.c.Counterpart)} at the UN{s.context.Via(s.c)}"); break;
                }
            }
            else if (c.CounterpartSide == Side.Target && c.Outgoing)
            {
                switch (c.Type)
                {
                    case TieType.Condemnation: tally.Add("condemns", _condemnsTarget * w, c.Claim, (context, c), static s => $"condemns or pressures {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.Threat: tally.Add("threatens", _threatensTarget * w, c.Claim, (context, c), static s => $"threatens {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                    case TieType.Hostility: tally.Add("hostile", _hostileTarget * w, c.Claim, (context, c), static s => $"hostile to {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}"); break;
                }
            }
        }
        foreach (var party in context.View.OtherSideInIdOrder)
            foreach (var (bloc, evidence) in InterestsRule.SharedBlocs(context, party))
                tally.Add("bloc", _sharedBloc, evidence, (context, party, bloc), static s => $"in the same bloc as {s.context.NameOf(s.party)} ({s.context.NameOf(s.bloc)})");
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Force);
    }

    private void AddTreaty(Tally tally, DossierClaim c, FactorContext context, double w)
    {
        var (defence, neutrality) = (c.Clauses.AnyDefencePresent, c.Clauses.AnyNeutralityPresent);
        if (defence)
            tally.Add("treaty", _defenceTreaty * w, c.Claim, (context, c), static s => $"defence pact with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
        else if (neutrality)
            tally.Add("treaty", _neutralityTreaty * w, c.Claim, (context, c), static s => $"neutrality or non-aggression pact with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
        else
            tally.Add("treaty", _treaty * w, c.Claim, (context, c), static s => $"treaty with {s.context.NameOf(s.c.Counterpart)}{s.context.Via(s.c)}");
    }
}
