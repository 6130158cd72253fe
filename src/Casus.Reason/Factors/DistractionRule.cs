using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Distraction: an actor busy with another war has less to spare. A "distracted" report and a
/// war with a third party are one rule, so they do not stack.
/// </summary>
public sealed class DistractionRule(WeightTable table) : FactorRule(table, "distraction", "distraction")
{
    private readonly double _busy = table.Number("distraction.busy_elsewhere");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var s in context.Dossier.States)
        {
            if (s.Kind != ActorStateKind.Distracted || s.IsInherited || s.State.Modality == Modality.Negated) continue;
            tally.Add("busy", _busy * context.Modality.Of(s.State), s.State.Evidence, s.State.Context, static episode =>
                $"busy elsewhere{(episode is { Length: > 0 } ? $" ({episode})" : "")}");
        }
        foreach (var c in context.Dossier.Claims)
        {
            if (c.IsInherited || !c.Is(TieType.Hostility, outgoing: true, Side.Third) || c.Modality == Modality.Negated) continue;
            tally.Add("busy", _busy * context.Modality.Of(c, context.View.OtherSide), c.Claim,
                (context, c.Counterpart), static s => $"at war with {s.context.NameOf(s.Counterpart)}");
        }
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Force);
    }
}
