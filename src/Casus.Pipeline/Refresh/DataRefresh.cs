using Casus.Pipeline.Starter;
using Casus.Store;

namespace Casus.Pipeline.Refresh;

/// <summary>
/// <c>casus refresh</c>: brings a database created under older data up to the shipped data version.
/// The starter knowledge base is brought to what ships (<see cref="StarterRefresh"/>, unless the database
/// was created without it), then every document the rule extractor read under another data version is
/// read again with the current lexicon and its claims replaced in one transaction per document (the
/// document itself is not touched). The new version is recorded only when every document succeeded, so
/// a failed run is finished by the next one and a successful one makes the next a no-op.
/// </summary>
internal sealed class DataRefresh(ICasusStore store, PipelineLayers layers, string shippedVersion)
{
    public RefreshReport Run(IProgress<RefreshProgress>? progress)
    {
        var recorded = StoredDataVersion.Read(store);
        if (DataVersions.IsNewer(recorded, shippedVersion))
            throw new Casus.Core.InputException($"database data version {recorded} is newer than the data this casus ships ({shippedVersion}): "
                + "refresh would bring it down; use the newer casus that wrote it (nothing was changed)");
        var extractions = store.Extractions();
        var starterLoaded = store.GetMeta(StarterLoader.MetaKey) is { } decision && decision != StarterLoader.Omitted;
        var starter = starterLoaded ? StarterRefresh.Run(store, layers.Starter(), extractions) : null;

        var stale = StaleExtractions.Find(extractions, recorded, shippedVersion);
        var failures = new List<RefreshFailure>();
        int done = 0, before = 0, after = 0;
        foreach (var extraction in stale)
        {
            progress?.Report(new RefreshProgress(done, stale.Count, extraction.Origin));
            try
            {
                var (claimsBefore, claimsAfter) = Reextract(extraction.DocumentId);
                before += claimsBefore;
                after += claimsAfter;
                done++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The document keeps its old claims (the replacement is one transaction); the rest go on.
                failures.Add(new RefreshFailure(extraction.DocumentId, extraction.Origin,
                    $"{extraction.Origin}: could not be re-extracted ({e.GetType().Name}: {e.Message.Split('\n')[0]})"));
            }
        }
        progress?.Report(new RefreshProgress(stale.Count, stale.Count, ""));

        if (failures.Count == 0)
        {
            StoredDataVersion.Record(store, shippedVersion);
            if (starterLoaded) store.SetMeta(StarterLoader.MetaKey, StarterLoader.Loaded(shippedVersion));
        }
        return new RefreshReport(recorded, shippedVersion, done, before, after, starter, failures);
    }

    private (int Before, int After) Reextract(string documentId)
    {
        // Gone meanwhile (another process removed it): nothing to refresh.
        if (store.GetDocumentWithClaims(documentId) is not { } stored) return (0, 0);
        var extracted = layers.Extractor.Extract(stored.Document);
        if (!store.ReplaceClaims(documentId, extracted.Ties, extracted.States)) return (0, 0);
        return (stored.Ties.Count + stored.States.Count, extracted.Ties.Count + extracted.States.Count);
    }
}
