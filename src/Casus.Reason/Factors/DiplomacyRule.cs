using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Diplomacy: shielding the target at the UN Security Council, mediating or offering to broker,
/// contact with the target (calls, visits, talks).
/// These are level-2 acts, so the factor shifts the first two thresholds only.
/// </summary>
public sealed class DiplomacyRule(WeightTable table) : FactorRule(table, "diplomacy", "diplomacy")
{
    private readonly double _shielding = table.Number("diplomacy.un_shielding");
    private readonly double _mediation = table.Number("diplomacy.mediation");
    private readonly double _sharedBloc = table.Number("diplomacy.shared_bloc_with_target");
    private readonly double _contact = table.Number("diplomacy.contact");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var c in context.Dossier.Claims)
        {
            if (c.CounterpartSide == Side.Third) continue;
            // Calls, visits and talks with the target are diplomacy whichever side placed the call.
            if (c.Type == TieType.Contact && c.CounterpartSide == Side.Target && c.Modality != Modality.Negated)
            {
                tally.Add("contact", _contact * context.Modality.Of(c, context.View.OtherSide) * c.Inheritance, c.Claim, (context, c), static s =>
                    $"in contact with {s.context.NameOf(s.c.Counterpart)} (calls, visits, talks){Hedge(s.c)}{s.context.Via(s.c)}");
                continue;
            }
            if (!c.Outgoing) continue;
            var w = context.Modality.Of(c, context.View.OtherSide) * c.Inheritance;
            if (c.Is(TieType.UnShielding, Side.Target))
                tally.Add("shielding", _shielding * w, c.Claim, (context, c), static s => $"shields {s.context.NameOf(s.c.Counterpart)} at the UN Security Council{s.context.Via(s.c)}");
            else if (c.Type == TieType.Mediation && c.CounterpartSide != Side.Third)
                tally.Add("mediation", _mediation * w, c.Claim, (context, c), static s => $"mediates or offers to broker ({s.context.NameOf(s.c.Counterpart)}){Hedge(s.c)}{s.context.Via(s.c)}");
        }
        // Fellow member states of the target's blocs are where summits and joint statements come from.
        if (context.Dossier.Kind is Casus.Core.Actors.ActorKind.State)
            foreach (var (bloc, evidence) in InterestsRule.SharedBlocs(context, context.View.Target))
            tally.Add("bloc", _sharedBloc, evidence, (context, bloc), static s => $"fellow member of {s.context.NameOf(s.bloc)} with {s.context.NameOf(s.context.View.Target)}");
        if (tally.IsEmpty) return null;
        return new FactorOutcome(tally, FactorScope.Diplomacy, note: "acts on P(level ≥ 1) and P(level ≥ 2) only", floorAtZero: true);
    }

    private static string Hedge(DossierClaim c) => c.Modality == Modality.Asserted ? "" : $", {c.Modality.ToSnake()}";
}
