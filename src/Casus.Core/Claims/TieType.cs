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
}

public static class TieTypeExtensions
{
    /// <summary>The sign a tie of this type carries unless the text says otherwise.</summary>
    public static int DefaultSign(this TieType type) => type switch
    {
        TieType.Condemnation or TieType.Threat or TieType.Hostility => -1,
        _ => +1,
    };

    public static string ToSnake(this TieType type) => type switch
    {
        TieType.ArmsSupply => "arms_supply",
        TieType.EnergyTrade => "energy_trade",
        TieType.EconomicTies => "economic_ties",
        TieType.MilitaryCooperation => "military_cooperation",
        TieType.UnShielding => "un_shielding",
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
