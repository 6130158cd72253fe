using Casus.Extract.Rules;
using Casus.Store;

namespace Casus.Pipeline.Refresh;

/// <summary>
/// Which stored documents a newer lexicon must read again. The data version is recorded per claim
/// (on its evidence), so a document is stale when the rule extractor made its claims under another
/// version, or an older generation of the extractor made them (<see cref="RuleExtractor.Name"/>: new grammar finds
/// claims the old one missed even under the same lexicon). A document that yielded no claim carries no version: it is read again whenever the
/// database's recorded version is not the shipped one (a new alias or cue may find claims in it).
/// Starter sources and dataset imports are not the rule extractor's work and are left to their own
/// refresh (<see cref="StarterRefresh"/>) or re-import.
/// </summary>
internal static class StaleExtractions
{
    private static readonly string RuleExtractorFamily = RuleExtractor.Name[..(RuleExtractor.Name.IndexOf('/') + 1)];

    public static IReadOnlyList<DocumentExtraction> Find(IReadOnlyList<DocumentExtraction> extractions, string? recordedVersion, string shippedVersion) =>
        extractions.Where(e => !StarterRefresh.IsStarter(e.Origin) && IsStale(e, recordedVersion, shippedVersion)).ToList();

    private static bool IsStale(DocumentExtraction extraction, string? recordedVersion, string shippedVersion) =>
        extraction.Provenance.Count == 0
            ? recordedVersion != shippedVersion
            : extraction.Provenance.All(p => p.Extractor.StartsWith(RuleExtractorFamily, StringComparison.Ordinal))
              && extraction.Provenance.Any(p => p.DataVersion != shippedVersion || p.Extractor != RuleExtractor.Name);
}
