namespace Casus.Reason.Dossiers;

/// <summary>Where a claim's other end stands in the scenario.</summary>
public enum Side
{
    /// <summary>The actor being attacked (whose helpers we rate).</summary>
    Target,
    /// <summary>An attacker or a joiner.</summary>
    OtherSide,
    /// <summary>Anyone else (a bloc, a third country).</summary>
    Third,
}
