using Casus.Core.Claims;

namespace Casus.Present.Network;

/// <summary>Colours shared by the SVG and the explorer page (keep web/js/palette.js in step).</summary>
public static class Palette
{
    public static string ForKind(string kind) => kind switch
    {
        "state" => "#4c78a8",
        "armed_group" => "#e45756",
        "movement" => "#f58518",
        "bloc" => "#72b7b2",
        "organisation" => "#54a24b",
        _ => "#9d9d9d",
    };

    /// <summary>Hostile ties red, cooperative ties by family: security green, economic gold, diplomatic blue.</summary>
    public static string ForTie(TieType type, int sign) => sign < 0 ? "#c0392b" : type switch
    {
        TieType.Treaty or TieType.MilitaryCooperation or TieType.ArmsSupply or TieType.Patronage or TieType.Basing => "#2e8b57",
        TieType.EnergyTrade or TieType.EconomicTies => "#b8860b",
        TieType.Membership or TieType.Alignment => "#6a5acd",
        _ => "#4682b4",
    };

    /// <summary>Ties not asserted as plain fact are drawn dashed.</summary>
    public static bool Dashed(Modality strongest) => strongest != Modality.Asserted;
}
