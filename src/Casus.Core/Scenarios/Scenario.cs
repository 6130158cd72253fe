using Casus.Core.Actors;

namespace Casus.Core.Scenarios;

/// <summary>"If <see cref="Joiners"/> join <see cref="Attackers"/>' war on <see cref="Target"/>, as of <see cref="AsOf"/>."</summary>
public sealed record Scenario(
    ActorId Target,
    IReadOnlyList<ActorId> Attackers,
    IReadOnlyList<ActorId> Joiners,
    DateOnly? AsOf)
{
    /// <summary>Everyone on the attacking side.</summary>
    public IEnumerable<ActorId> OtherSide => Attackers.Concat(Joiners).Distinct();

    public bool IsParty(ActorId actor) => actor == Target || OtherSide.Contains(actor);
}
