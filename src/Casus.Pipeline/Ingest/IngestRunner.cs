using Casus.Core;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Ingest;
using Casus.Store;

namespace Casus.Pipeline.Ingest;

/// <summary>
/// Ingest orchestration: each input is read, split into documents and extracted completely
/// before anything is written, so a failing input writes nothing; each document is then stored
/// with its claims in one transaction. One input's failure is reported and the batch goes on.
/// What the store accepted is kept (<see cref="Stored"/>), so a server can add exactly that to the
/// knowledge it holds instead of reloading the database.
/// </summary>
internal sealed class IngestRunner(ICasusStore store, PipelineLayers layers)
{
    private readonly List<DocumentWithClaims> _accepted = [];

    /// <summary>The documents the store newly accepted, with the claims written with them, in the order written
    /// (documents already stored are not here).</summary>
    public IReadOnlyList<DocumentWithClaims> Stored => _accepted;

    /// <summary>True when a write to the store failed: whether it stored anything is then unknown
    /// (<see cref="Stored"/> may miss a document), so the caller must not trust <see cref="Stored"/> alone.</summary>
    public bool WriteFailed { get; private set; }

    public IngestReport Run(IEnumerable<string> args, IProgress<IngestProgress>? progress)
    {
        var inputs = IngestInputs.Expand(args);
        var items = new List<IngestedItem>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            progress?.Report(new IngestProgress(i, inputs.Count, input.Origin));
            if (input.Problem is not null)
            {
                items.Add(Failed(input.Origin, input.Problem));
                continue;
            }
            items.AddRange(Guarded(input.Origin, () => input.IsUrl
                ? layers.Fetch(input.Origin)
                : layers.LoadFile(input.Origin)));
        }
        progress?.Report(new IngestProgress(inputs.Count, inputs.Count, ""));
        return new IngestReport(items);
    }

    public IReadOnlyList<IngestedItem> Guarded(string origin, Func<InputSource> load)
    {
        try
        {
            return Store(load());
        }
        catch (InputException e)
        {
            return [Failed(origin, e.Message)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader or extractor bug on one input must not lose the rest of the batch; it is
            // reported with its type so it is visibly a bug, not a verdict on the file.
            return [Failed(origin, InputFailure.Because(origin, $"could not be processed (internal error {e.GetType().Name}: {e.Message})").Message)];
        }
    }

    private List<IngestedItem> Store(InputSource source)
    {
        var documents = layers.Read(source);
        if (documents.Count == 0) throw InputFailure.Because(source.Origin, "no article text found");

        var fresh = documents.Where(d => !store.HasDocument(d.Id) && (d.LegacyId is null || !store.HasDocument(d.LegacyId))).Select(d => (Document: d, Claims: layers.Extractor.Extract(d))).ToList();
        var items = new List<IngestedItem>();
        foreach (var document in documents)
        {
            var extracted = fresh.FirstOrDefault(f => f.Document.Id == document.Id).Claims;
            if (extracted is not null && Write(document, extracted.Ties, extracted.States))
            {
                items.Add(Item(document, IngestStatus.Added, extracted.Ties.Count, extracted.States.Count));
                continue;
            }
            var known = store.DocumentSummaryOf(document.Id) ?? (document.LegacyId is { } legacy ? store.DocumentSummaryOf(legacy) : null);
            items.Add(Item(document, IngestStatus.AlreadyStored, known?.TieClaims ?? 0, known?.StateClaims ?? 0));
        }
        return items;
    }

    private bool Write(Document document, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states)
    {
        bool added;
        try
        {
            added = store.AddDocument(document, ties, states);
        }
        catch
        {
            WriteFailed = true;
            throw;
        }
        if (added) _accepted.Add(new DocumentWithClaims(document, ties, states));
        return added;
    }

    private static IngestedItem Item(Document d, IngestStatus status, int ties, int states) =>
        new(d.Origin, d.Id, d.Title, d.Outlet, d.Date, status, ties, states, null);

    private static IngestedItem Failed(string origin, string error) =>
        new(origin, null, null, null, null, IngestStatus.Failed, 0, 0, error);
}
