using Casus.Core.Actors;

namespace Casus.Reason.Dossiers;

/// <summary>Everything the factors may read about one actor in one scenario, already as-of filtered.</summary>
/// <param name="Lineage">The actor first, then its part-of ancestors, nearest first.</param>
/// <param name="Claims">A window on the builder's reused buffer (enumerated without allocating by the
/// ten rules that walk it per judged actor): valid only while this actor is judged, so nothing may
/// keep it — a factor that needs claims later copies them (see <c>ContactRule</c>).</param>
/// <param name="States">As <paramref name="Claims"/>.</param>
/// <param name="Kind">The actor's declared kind (null when the knowledge base only names it in claims).</param>
/// <param name="Memberships">The actor's own membership claims in the parties' blocs, holding (also among
/// <paramref name="Claims"/>); as <paramref name="Claims"/>, a window on a reused buffer.</param>
public sealed record ActorDossier(
    ActorId Actor,
    string Name,
    IReadOnlyList<ActorId> Lineage,
    ArraySegment<DossierClaim> Claims,
    ArraySegment<DossierState> States,
    ArraySegment<IndexedClaim> Memberships,
    ActorKind? Kind);
