using System.Diagnostics;
using Casus.Core.Actors;

namespace Casus.Store.Import;

/// <summary>
/// The I/O shell around the pure readers and mappers: writes a document stream to a store in
/// batches (one transaction per batch where the store supports it), keeps a checkpoint in store
/// meta after each batch so an interrupted run resumes where it stopped, and reports progress.
/// Re-running a finished import stores nothing: documents are content-hashed and the checkpoint
/// says they are there.
/// </summary>
public sealed class DatasetImporter(ICasusStore store, int batchSize = 250)
{
    public const string CheckpointPrefix = "import:";

    public ImportSummary Import(DatasetFile file, IProgress<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var source = file.Source;
        var key = CheckpointPrefix + file.CheckpointKey;
        var done = ParseCheckpoint(store.GetMeta(key));
        int index = 0, added = 0, existing = 0, resumed = 0;
        long claims = 0;
        var batch = new List<DocumentWithClaims>(batchSize);
        if (source is Gdelt.GdeltReader gdelt)
            gdelt.OnRows = rows => progress?.Report(new ImportProgress(rows, source.Position, source.Length, added, existing, claims));

        void Commit()
        {
            if (batch.Count == 0) return;
            // Filtering first keeps the claim count honest; a concurrent importer winning the race
            // in between is still safe, because AddDocuments itself skips stored ids.
            var fresh = batch.Where(b => !store.HasDocument(b.Document.Id)).ToList();
            var n = fresh.Count > 0 ? store.AddDocuments(fresh) : 0;
            added += n;
            existing += batch.Count - n;
            if (n == fresh.Count) claims += fresh.Sum(b => (long)b.Ties.Count);
            batch.Clear();
            store.SetMeta(key, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            progress?.Report(new ImportProgress(source.RowsRead, source.Position, source.Length, added, existing, claims));
        }

        foreach (var item in source.Documents())
        {
            cancel.ThrowIfCancellationRequested();
            index++;
            if (index <= done) { resumed++; continue; }
            batch.Add(item);
            if (batch.Count >= batchSize) Commit();
        }
        Commit();
        store.SetMeta(key, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var fallback = source.Tally.FallbackActors.Select(a => new Actor(new ActorId(a.Key), a.Value, ActorKind.State, [], [])).ToList();
        if (fallback.Count > 0) store.UpsertActors(fallback);
        progress?.Report(new ImportProgress(source.RowsRead, source.Length, source.Length, added, existing, claims));
        return new ImportSummary(file.Path, file.Kind, source.RowsRead, added, existing, resumed, claims,
            new SortedDictionary<string, long>(source.Tally.SkippedRows, StringComparer.Ordinal),
            new SortedDictionary<string, long>(source.Tally.UnknownCodes, StringComparer.Ordinal),
            fallback.Count, clock.Elapsed);
    }

    private static int ParseCheckpoint(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
