using Casus.Core.Claims;
using Casus.Pipeline.Starter;
using Casus.Store;

namespace Casus.Pipeline.Refresh;

/// <summary>
/// Whether stored claims say what shipped claims say, apart from the data version stamped on their
/// evidence: a starter source whose rows did not change is left alone when only the version moved.
/// </summary>
internal static class SameClaims
{
    public static bool Of(DocumentWithClaims stored, StarterDocument shipped) =>
        stored.Ties.Count == shipped.Ties.Count && stored.States.Count == shipped.States.Count
        && stored.Ties.Zip(shipped.Ties).All(p => SameTie(p.First, p.Second))
        && stored.States.Zip(shipped.States).All(p => Unversioned(p.First) == Unversioned(p.Second));

    // Records compare lists by reference: clauses are compared by value, the rest as records.
    private static bool SameTie(TieClaim a, TieClaim b) =>
        a.ClauseList.SequenceEqual(b.ClauseList) && Unversioned(a) with { Clauses = null } == Unversioned(b) with { Clauses = null };

    private static TieClaim Unversioned(TieClaim claim) => claim with { Evidence = claim.Evidence with { LexiconVersion = "" } };

    private static StateClaim Unversioned(StateClaim claim) => claim with { Evidence = claim.Evidence with { LexiconVersion = "" } };
}
