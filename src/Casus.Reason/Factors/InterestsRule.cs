using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Interests and dependence on the target: energy and trade, an arms relationship already
/// running (offers and refusals of arms are stated intent, not this), military cooperation,
/// alignment, courting, blocs shared with the target, and a common enemy.
/// </summary>
public sealed class InterestsRule(WeightTable table) : FactorRule(table, "interests", "interests")
{
    private readonly double _energy = table.Number("interests.energy_trade");
    private readonly double _economic = table.Number("interests.economic_ties");
    private readonly double _armsTo = table.Number("interests.arms_to_target");
    private readonly double _armsFrom = table.Number("interests.arms_from_target");
    private readonly double _military = table.Number("interests.military_cooperation");
    private readonly double _alignment = table.Number("interests.alignment_with_target");
    private readonly double _overture = table.Number("interests.overture");
    private readonly double _basing = table.Number("interests.target_forces_hosted");
    private readonly double _sharedBloc = table.Number("interests.shared_bloc");
    private readonly double _targetMember = table.Number("interests.target_is_member");
    private readonly double _sharedEnemy = table.Number("interests.shared_enemy");

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        foreach (var c in context.Dossier.Claims)
        {
            if (c.CounterpartSide == Side.Third) continue; // wars elsewhere: distraction's business
            var w = context.Modality.Of(c, context.View.OtherSide) * c.Inheritance * c.SignAgreement;
            if (c.CounterpartSide == Side.Target)
            {
                switch (c.Type)
                {
                    case TieType.EnergyTrade: tally.Add("energy", _energy * w, c.Claim, (context, c), static s => $"energy trade with {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}"); break;
                    case TieType.EconomicTies: tally.Add("economy", _economic * w, c.Claim, (context, c), static s => $"economic ties with {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}"); break;
                    case TieType.ArmsSupply when !c.Outgoing: tally.Add("arms_from", _armsFrom * w, c.Claim, (context, c), static s => $"{s.context.NameOf(s.context.View.Target)} supplies it with arms{s.context.Via(s.c)}"); break;
                    case TieType.ArmsSupply when IsRunning(c, context):
                        tally.Add("arms_to", _armsTo * w, c.Claim, (context, c), static s => $"supplies arms to {s.context.NameOf(s.context.View.Target)}{Hedge(s.c)}{s.context.Via(s.c)}"); break;
                    case TieType.MilitaryCooperation when !c.Outgoing || IsRunning(c, context):
                        tally.Add("military", _military * w, c.Claim, (context, c), static s => $"military cooperation with {s.context.NameOf(s.context.View.Target)}{Hedge(s.c)}{s.context.Via(s.c)}"); break;
                    case TieType.Alignment: tally.Add("alignment", _alignment * w, c.Claim, (context, c), static s => $"aligned with {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}"); break;
                    case TieType.Overture: tally.Add("overture", _overture * w, c.Claim, (context, c), static s => $"courted by or courting {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}"); break;
                    case TieType.Basing when !c.Outgoing: tally.Add("basing", _basing * w, c.Claim, (context, c), static s => $"hosts forces of {s.context.NameOf(s.context.View.Target)}{s.context.Via(s.c)}"); break;
                    case TieType.Membership when !c.Outgoing: tally.Add("member", _targetMember * w, c.Claim, (context, c), static s => $"{s.context.NameOf(s.context.View.Target)} is a member{s.context.Via(s.c)}"); break;
                }
            }
            else if (c.CounterpartSide == Side.OtherSide && c.Type == TieType.Hostility && !c.Outgoing && c.Modality != Modality.Negated)
            {
                tally.Add("enemy", _sharedEnemy * w, c.Claim, (context, c), static s => $"attacked by {s.context.NameOf(s.c.Counterpart)}, the same enemy{s.context.Via(s.c)}");
            }
        }
        foreach (var (bloc, evidence) in SharedBlocs(context, context.View.Target))
            tally.Add("bloc", _sharedBloc, evidence, (context, bloc), static s => $"in the same bloc as {s.context.NameOf(s.context.View.Target)} ({s.context.NameOf(s.bloc)})");
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Ladder);
    }

    /// <summary>Offers, refusals and doubts about arms are stated intent; facts and suspicions are interests.</summary>
    private static bool IsRunning(DossierClaim c, FactorContext context) =>
        c.Outgoing && c.Modality is Modality.Asserted or Modality.Hedged or Modality.Speculated
        && !context.Modality.IsDoubt(c);

    private static string Hedge(DossierClaim c) => c.Modality switch
    {
        Modality.Hedged => " (hedged)",
        Modality.Speculated => " (speculated)",
        _ => "",
    };

    /// <summary>Blocs both the actor and <paramref name="party"/> belong to, by membership claim
    /// or part-of link; cited by the actor's own membership claim, else the party's.</summary>
    public static IReadOnlyList<(ActorId Bloc, Evidence Evidence)> SharedBlocs(FactorContext context, ActorId party)
    {
        var memberships = context.Dossier.Memberships;
        var lineage = context.Dossier.Lineage;
        if (lineage.Count <= 1 && memberships.Count == 0) return []; // most actors: no bloc at all
        var partyBlocs = context.View.BlocsOf(party);
        List<(ActorId Bloc, Evidence Evidence)>? shared = null;
        foreach (var membership in memberships)
            if (partyBlocs.ContainsKey(membership.Target) && !Holds(shared, membership.Target))
                (shared ??= []).Add((membership.Target, membership.Claim.Evidence));
        for (var i = 1; i < lineage.Count; i++) // ancestors are distinct, so only the membership blocs can repeat
            if (!Holds(shared, lineage[i]) && partyBlocs.TryGetValue(lineage[i], out var partyEvidence) && partyEvidence is not null)
                (shared ??= []).Add((lineage[i], partyEvidence));
        return shared is null ? [] : shared;
    }

    private static bool Holds(List<(ActorId Bloc, Evidence Evidence)>? shared, ActorId bloc)
    {
        if (shared is null) return false;
        foreach (var (b, _) in shared)
            if (b == bloc) return true;
        return false;
    }
}
