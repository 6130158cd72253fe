namespace Casus.Core.Scenarios;

/// <summary>The question Casus was built for, asked when a brief names no scenario (<c>casus brief</c>,
/// <c>GET /api/brief</c>): if the United States joins Israel's war on Iran, who helps Iran?</summary>
public static class DefaultQuestion
{
    public const string Target = "Iran";
    public static readonly IReadOnlyList<string> Attackers = ["Israel"];
    public static readonly IReadOnlyList<string> Joiners = ["United States"];
}
