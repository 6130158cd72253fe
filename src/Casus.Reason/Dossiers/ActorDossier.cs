using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>Everything the factors may read about one actor in one scenario, already as-of filtered.</summary>
/// <param name="Lineage">The actor first, then its part-of ancestors, nearest first.</param>
public sealed record ActorDossier(
    ActorId Actor,
    string Name,
    IReadOnlyList<ActorId> Lineage,
    IReadOnlyList<DossierClaim> Claims,
    IReadOnlyList<DossierState> States);
