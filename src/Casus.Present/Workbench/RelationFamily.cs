using Casus.Core.Claims;

namespace Casus.Present.Workbench;

/// <summary>
/// The families an analyst reads a network in: one drawn edge per actor pair and family, so five
/// treaty, arms and exercise claims between two states are one thick "security" edge, not five lines.
/// </summary>
public enum RelationFamily
{
    /// <summary>Treaties, military cooperation, arms, patronage, basing: who would fight or arm whom.</summary>
    Security,
    /// <summary>Energy trade and broader economic ties.</summary>
    Economic,
    /// <summary>Membership, alignment, support, UN shielding, promises, mediation, overtures.</summary>
    Political,
    /// <summary>Condemnation, threats, hostilities.</summary>
    Hostile,
}

public static class RelationFamilies
{
    public static RelationFamily Of(TieType type) => type switch
    {
        TieType.Treaty or TieType.MilitaryCooperation or TieType.ArmsSupply or TieType.Patronage or TieType.Basing => RelationFamily.Security,
        TieType.EnergyTrade or TieType.EconomicTies => RelationFamily.Economic,
        TieType.Condemnation or TieType.Threat or TieType.Hostility => RelationFamily.Hostile,
        _ => RelationFamily.Political,
    };

    public static string ToSnake(this RelationFamily family) => family.ToString().ToLowerInvariant();

    public static IEnumerable<TieType> Members(RelationFamily family) => Enum.GetValues<TieType>().Where(t => Of(t) == family);

    public static bool TryParse(string text, out RelationFamily family) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out family) && Enum.IsDefined(family);
}
