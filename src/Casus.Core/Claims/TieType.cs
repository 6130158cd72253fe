namespace Casus.Core.Claims;

/// <summary>What kind of relation a tie asserts, directed from source to target.</summary>
public enum TieType
{
    /// <summary>Treaty or strategic partnership; its clauses say what it obliges.</summary>
    Treaty,
    /// <summary>Source is a member of the target bloc/organisation.</summary>
    Membership,
    /// <summary>Source supplies weapons, munitions or missile material to target.</summary>
    ArmsSupply,
    /// <summary>Source buys energy from / trades energy with target.</summary>
    EnergyTrade,
    /// <summary>Broader economic ties (trade, investment).</summary>
    EconomicTies,
    /// <summary>Source funds, arms and directs target as patron of a proxy.</summary>
    Patronage,
    /// <summary>Source backs target politically or militarily (generic support, solidarity).</summary>
    Support,
    /// <summary>Military cooperation: exercises, intelligence, nuclear or missile help.</summary>
    MilitaryCooperation,
    /// <summary>Alignment or alliance in the broad sense ("strong alliances with the US", "good relations").</summary>
    Alignment,
    /// <summary>Source condemns target's actions. Negative sign toward target.</summary>
    Condemnation,
    /// <summary>Source shields target from punitive UN Security Council action.</summary>
    UnShielding,
    /// <summary>Source threatens target (a statement of harmful intent).</summary>
    Threat,
    /// <summary>Source promises something to target (a statement of helpful intent).</summary>
    Promise,
    /// <summary>Source has troops or bases on target's territory.</summary>
    Basing,
    /// <summary>Source attacks or is at war with target.</summary>
    Hostility,
    /// <summary>Source mediates or offers to broker between target and others.</summary>
    Mediation,
    /// <summary>Source makes diplomatic overtures to target to improve relations.</summary>
    Overture,
    /// <summary>Contact and consultation: source phoned, met, visited, hosted or held talks with target
    /// (the reasoning reads it as diplomacy). Appended last so stored and serialised values keep their order.</summary>
    Contact,
    /// <summary>Source urges, presses or warns target ("called on Y not to respond", "warned of consequences").</summary>
    Demand,
    /// <summary>A dated attack: source struck, shelled, bombed or fired on target (the war as a state is
    /// <see cref="Hostility"/>).</summary>
    Attack,
    /// <summary>Source denies or rejects target's claim or accusation.</summary>
    Denial,
    /// <summary>Source stays out of the fight against target ("has not fired a shot", "will stay out of
    /// the war"): the reasoning reads it as restraint.</summary>
    NonParticipation,
}

public static class TieTypeExtensions
{
    /// <summary>The sign a tie of this type carries unless the text says otherwise.</summary>
    public static int DefaultSign(this TieType type) => type switch
    {
        TieType.Condemnation or TieType.Threat or TieType.Hostility or TieType.Demand or TieType.Attack or TieType.Denial => -1,
        _ => +1,
    };

    public static string ToSnake(this TieType type) => type switch
    {
        TieType.ArmsSupply => "arms_supply",
        TieType.EnergyTrade => "energy_trade",
        TieType.EconomicTies => "economic_ties",
        TieType.MilitaryCooperation => "military_cooperation",
        TieType.UnShielding => "un_shielding",
        TieType.NonParticipation => "non_participation",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static bool TryParseSnake(string text, out TieType type)
    {
        foreach (var candidate in Enum.GetValues<TieType>())
        {
            if (string.Equals(candidate.ToSnake(), text.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
