using Casus.Fit;

namespace Casus.History;

/// <summary>One structural feature: its key in the weights file, the literature's figure as the prior centre, and why.</summary>
public sealed record FeatureDefinition(string Key, double PriorCentre, double PriorSd, string Why, string Reads);

/// <summary>
/// The outside view of one state toward a war: features from what was in force or known before the date
/// (pacts, borders, capabilities, UN voting, arms), the same for fitting on history and for a scenario today.
/// </summary>
public static class StructuralFeatures
{
    /// <summary>Every feature in model order. Prior centres: Berkemeier &amp; Fuhrmann 2018 and the hand-set weights they replace.</summary>
    public static readonly IReadOnlyList<FeatureDefinition> Definitions =
    [
        new("defence_pact_target", 1.2, 1.0, "unconditional defence pact with the target in force on the date (ATOP); centre tau3 + logit(0.41 x 0.44): Berkemeier & Fuhrmann 2018", "defence pact with the target"),
        new("conditional_defence_pact_target", 0.6, 1.0, "defence pact with the target whose obligation is conditional (ATOP conditio); centre half the unconditional", "conditional defence pact with the target"),
        new("other_pact_target", 0.35, 1.0, "offence, neutrality, non-aggression or consultation pact with the target, no defence clause; centre the hand-set unspecified-treaty weight", "non-defence pact with the target"),
        new("defence_pact_attacker", -1.5, 1.0, "defence pact with an attacker (cross-pressure); centre the hand-set cross_pressure.defence_treaty", "defence pact with the attacking side"),
        new("other_pact_attacker", -0.4, 1.0, "other pact with an attacker; centre the hand-set cross_pressure.treaty", "other pact with the attacking side"),
        new("land_border_target", 0.0, 1.0, "shares a land border with the target (COW contiguity type 1)", "land border with the target"),
        new("near_target", 0.0, 1.0, "separated from the target by at most 150 miles of water (COW types 2-4)", "near the target across water"),
        new("land_border_attacker", 0.0, 1.0, "shares a land border with an attacker", "land border with the attacking side"),
        new("major_power", 0.5, 1.0, "COW major power on the date: reach and interests everywhere", "major power"),
        new("capability", 0.3, 1.0, "log10(CINC) + 2, clamped to [-2, 2] (0 at 1% of world capability); the year before, carried forward after 2016", "capabilities (CINC)"),
        new("un_distance_target", 0.0, 1.0, "|UN ideal point - target's| the year before (0 when unknown)", "UN voting distance to the target"),
        new("un_distance_attacker", 0.0, 1.0, "smallest |UN ideal point - an attacker's| the year before (0 when unknown)", "UN voting distance to the attacking side"),
        new("un_unknown", 0.0, 1.0, "1 when either UN distance is unknown (before 1946, non-members, non-state attackers)", "no UN voting record"),
        new("arms_to_target", 0.2, 1.0, "ln(1 + SIPRI TIV ordered for the target in the 5 years before); centre below the hand-set interests.arms_to_target", "arms supplied to the target"),
        new("arms_to_attacker", -0.2, 1.0, "ln(1 + TIV ordered for the attackers in the 5 years before)", "arms supplied to the attacking side"),
        new("arms_from_attacker", -0.2, 1.0, "ln(1 + TIV the attackers supplied to it in the 5 years before)", "armed by the attacking side"),
        new("post_1945", 0.0, 1.0, "the date is 1945 or later (Berkemeier & Fuhrmann: honour rates fell from 66% to 22%)", "after 1945"),
        new("no_state_attacker", 0.0, 1.0, "the other side is not a state (a government's civil war, UCDP ESD)", "non-state attackers"),
    ];

    public static int Count => Definitions.Count;

    /// <summary>The feature vector of <paramref name="state"/> for a war on <paramref name="target"/> by <paramref name="attackers"/> on the date.</summary>
    public static double[] Compute(StructuralIndex index, int state, int target, IReadOnlyList<int> attackers, DateOnly date)
    {
        var x = new double[Count];
        var year = date.Year;
        var toTarget = index.Pact(state, target, date);
        x[0] = toTarget.Defence ? 1 : 0;
        x[1] = toTarget.ConditionalDefence ? 1 : 0;
        x[2] = toTarget.Other && !toTarget.Defence && !toTarget.ConditionalDefence ? 1 : 0;
        bool attackerDefence = false, attackerOther = false, attackerBorder = false;
        double armsTo = 0, armsFrom = 0;
        double? attackerDistance = null;
        var own = index.IdealPoint(state, year);
        foreach (var a in attackers)
        {
            var pact = index.Pact(state, a, date);
            attackerDefence |= pact.Defence || pact.ConditionalDefence;
            attackerOther |= pact.Other;
            attackerBorder |= index.Contiguity(state, a, date) == 1;
            armsTo += index.Arms(state, a, year);
            armsFrom += index.Arms(a, state, year);
            if (own is { } o && index.IdealPoint(a, year) is { } ia)
                attackerDistance = Math.Min(attackerDistance ?? double.MaxValue, Math.Abs(o - ia));
        }
        x[3] = attackerDefence ? 1 : 0;
        x[4] = attackerOther && !attackerDefence ? 1 : 0;
        var contiguity = index.Contiguity(state, target, date);
        x[5] = contiguity == 1 ? 1 : 0;
        x[6] = contiguity is >= 2 and <= 4 ? 1 : 0;
        x[7] = attackerBorder ? 1 : 0;
        x[8] = index.IsMajorPower(state, date) ? 1 : 0;
        x[9] = index.Cinc(state, year) is { } c && c > 0 ? Math.Clamp(Math.Log10(c) + 2, -2, 2) : -2;
        double? targetDistance = own is { } me && index.IdealPoint(target, year) is { } it ? Math.Abs(me - it) : null;
        x[10] = targetDistance ?? 0;
        x[11] = attackerDistance ?? 0;
        x[12] = targetDistance is null || attackerDistance is null ? 1 : 0;
        x[13] = Math.Log(1 + index.Arms(state, target, year));
        x[14] = Math.Log(1 + armsTo);
        x[15] = Math.Log(1 + armsFrom);
        x[16] = year >= 1945 ? 1 : 0;
        x[17] = attackers.Count == 0 ? 1 : 0;
        return x;
    }

    /// <summary>Gaussian priors in model order (coefficients only).</summary>
    public static Prior[] Priors() => Definitions.Select(d => new Prior(d.PriorCentre, d.PriorSd)).ToArray();
}
