using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>Everything the factors may read about one actor in one scenario, already as-of filtered.</summary>
/// <param name="Lineage">The actor first, then its part-of ancestors, nearest first.</param>
/// <param name="Claims">Read-only by convention: an array (not a list interface) so the ten rules
/// that walk it per judged actor enumerate without allocating.</param>
/// <param name="States">Read-only by convention, as <paramref name="Claims"/>.</param>
public sealed record ActorDossier(
    ActorId Actor,
    string Name,
    IReadOnlyList<ActorId> Lineage,
    DossierClaim[] Claims,
    DossierState[] States);
