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
