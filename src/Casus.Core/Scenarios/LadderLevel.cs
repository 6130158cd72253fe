namespace Casus.Core.Scenarios;

/// <summary>How far an actor goes to help the scenario's target (REASONING.md's ladder).</summary>
public enum LadderLevel
{
    None = 0,
    Rhetorical = 1,
    Diplomatic = 2,
    Material = 3,
    IndirectMilitary = 4,
    DirectMilitary = 5,
}

public static class Ladder
{
    public const int Levels = 6;

    public static string Describe(this LadderLevel level) => level switch
    {
        LadderLevel.None => "none",
        LadderLevel.Rhetorical => "rhetorical",
        LadderLevel.Diplomatic => "diplomatic",
        LadderLevel.Material => "material",
        LadderLevel.IndirectMilitary => "indirect military",
        LadderLevel.DirectMilitary => "direct military",
        _ => level.ToString(),
    };
}
