using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Patronage: the actor is the target's proxy or client (the target funds, arms and directs it),
/// or the target's patron. Proxies fight for their patron by nature, and when they do it is
/// indirect military help (level 4), not the patron's own forces, so a client is capped at 4.
/// Belonging to a bloc that itself backs the target (a faction of the Axis of Resistance, which
/// Iran "can call on") is a looser form of the same bond.
/// </summary>
public sealed class PatronageRule(WeightTable table) : FactorRule(table, "patronage", "patronage")
{
    private readonly double _client = table.Number("patronage.client_of_target");
    private readonly double _backed = table.Number("patronage.backed_by_target");
    private readonly double _patron = table.Number("patronage.patron_of_target");
    private readonly double _bloc = table.Number("patronage.member_of_bloc_backing_target");
    private readonly int _clientCap = (int)table.Number("patronage.client_cap");

    private static bool IsBloc(FactorContext context, DossierClaim c) =>
        context.View.Knowledge.Find(c.Holder)?.Kind is Casus.Core.Actors.ActorKind.Bloc;

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        var isClient = false;
        foreach (var c in context.Dossier.Claims)
        {
            if (c.CounterpartSide != Side.Target) continue;
            var w = context.Modality.Of(c, context.View.OtherSide) * c.Inheritance * c.SignAgreement;
            switch (c.Type)
            {
                case TieType.Patronage when !c.Outgoing:
                    tally.Add("client", _client * w, c.Claim, (context, c), static s => $"proxy or client of {s.context.NameOf(s.context.View.Target)}, which funds and arms it{s.context.Via(s.c)}");
                    isClient |= c.Modality == Modality.Asserted;
                    break;
                // Same rule key as direct patronage: being Iran's client and a member of Iran's network is one bond, counted once.
                case TieType.Support or TieType.Patronage or TieType.Alignment when c.Outgoing && c.IsInherited && IsBloc(context, c):
                    tally.Add("client", _bloc * w, c.Claim, (context, c), static s => $"member of {s.context.NameOf(s.c.Holder)}, which backs {s.context.NameOf(s.context.View.Target)}");
                    isClient |= c.Modality == Modality.Asserted;
                    break;
                case TieType.Support when !c.Outgoing:
                    tally.Add("backed", _backed * w, c.Claim, (context, c), static s => $"backed by {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}");
                    break;
                case TieType.Patronage when c.Outgoing:
                    tally.Add("patron", _patron * w, c.Claim, (context, c), static s => $"patron of {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}");
                    break;
            }
        }
        if (tally.IsEmpty) return null;
        var note = isClient ? $"as a proxy or network member its fighting would be indirect help (level ≤ {_clientCap})" : null;
        return new FactorOutcome(tally, FactorScope.Force, isClient ? _clientCap : null, note, capRelabels: true);
    }
}
