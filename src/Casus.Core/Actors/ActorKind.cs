namespace Casus.Core.Actors;

public enum ActorKind
{
    State,
    ArmedGroup,
    /// <summary>Political party or movement (Hamas's political wing, Ansar Allah as a movement).</summary>
    Movement,
    /// <summary>Alliance, bloc or coalition whose members act (NATO, Axis of Resistance, "Crink").</summary>
    Bloc,
    /// <summary>International organisation or body (UN Security Council, SCO secretariat).</summary>
    Organisation,
}

public static class ActorKindExtensions
{
    /// <summary>
    /// Blocs and organisations: bodies others are members of, whose help comes through those
    /// members. Extraction treats them as membership targets; briefs mark their verdicts.
    /// </summary>
    public static bool IsCollective(this ActorKind kind) => kind is ActorKind.Bloc or ActorKind.Organisation;
}
