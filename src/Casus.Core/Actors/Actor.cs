namespace Casus.Core.Actors;

/// <summary>
/// Something that can take sides. People are not actors: they resolve to the actor they
/// speak for (see <see cref="Spokesperson"/>).
/// </summary>
/// <param name="PartOf">Structural containment (Kata'ib Hezbollah ⊂ PMF ⊂ Axis of Resistance);
/// dated membership (Iran joining the SCO in 2023) is a tie, not this.</param>
public sealed record Actor(
    ActorId Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorId> PartOf)
{
    public override string ToString() => Name;
}
