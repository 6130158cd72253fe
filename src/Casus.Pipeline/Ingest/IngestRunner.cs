using Casus.Core;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Extract;
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

    public IReadOnlyList<IngestedItem> Guarded(string origin, Func<InputSource> load) =>
        Safely(origin, () => Store(Read(layers, load(), extract: false)));

    /// <summary>Reads and extracts one input without touching the store (so a server can do it outside its write
    /// lock, and a slow page never blocks readers): the documents with their claims, or the one-line failure.</summary>
    public static PreparedInput Prepare(PipelineLayers layers, string origin, Func<InputSource> load)
    {
        IReadOnlyList<IngestedItem>? failure = null;
        PreparedInput? prepared = null;
        failure = Safely(origin, () =>
        {
            prepared = Read(layers, load(), extract: true);
            return [];
        });
        return prepared ?? new PreparedInput(origin, [], failure);
    }

    /// <summary>Stores what <see cref="Prepare(PipelineLayers, string, Func{InputSource})"/> read.</summary>
    public IReadOnlyList<IngestedItem> StorePrepared(PreparedInput input) =>
        input.Failure ?? Safely(input.Origin, () => Store(input));

    private static IReadOnlyList<IngestedItem> Safely(string origin, Func<IReadOnlyList<IngestedItem>> work)
    {
        try
        {
            return work();
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

    /// <param name="extract">Extract every document now (ahead of a lock); otherwise <see cref="Store"/> extracts only those not stored yet.</param>
    private static PreparedInput Read(PipelineLayers layers, InputSource source, bool extract)
    {
        var documents = layers.Read(source);
        if (documents.Count == 0) throw InputFailure.Because(source.Origin, "no article text found");
        return new PreparedInput(source.Origin, documents.Select(d => (d, extract ? layers.Extractor.Extract(d) : null)).ToList(), null);
    }

    private List<IngestedItem> Store(PreparedInput input)
    {
        var documents = input.Documents.Select(d => d.Document).ToList();
        // Extracted here unless the input was prepared ahead (a server extracts outside its lock); a stored one is skipped
        // (under its id or, for text stored before spacing or Unicode composition was normalised, under a legacy id).
        var fresh = input.Documents.Where(d => !store.HasDocument(d.Document.Id) && !d.Document.LegacyIds.Any(store.HasDocument))
            .Select(d => (d.Document, Claims: d.Claims ?? layers.Extractor.Extract(d.Document))).ToList();
        var items = new List<IngestedItem>();
        foreach (var document in documents)
        {
            var extracted = fresh.FirstOrDefault(f => f.Document.Id == document.Id).Claims;
            if (extracted is not null && Write(document, extracted.Ties, extracted.States))
            {
                items.Add(Item(document, IngestStatus.Added, extracted.Ties.Count, extracted.States.Count));
                continue;
            }
            var known = store.DocumentSummaryOf(document.Id) ?? document.LegacyIds.Select(store.DocumentSummaryOf).FirstOrDefault(k => k is not null);
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

/// <summary>One input read (and, when prepared ahead of storing, extracted): its documents with their claims, or its failure.</summary>
public sealed class PreparedInput
{
    internal PreparedInput(string origin, IReadOnlyList<(Document Document, ExtractionResult? Claims)> documents, IReadOnlyList<IngestedItem>? failure)
    {
        Origin = origin;
        Documents = documents;
        Failure = failure;
    }

    public string Origin { get; }

    internal IReadOnlyList<(Document Document, ExtractionResult? Claims)> Documents { get; }

    internal IReadOnlyList<IngestedItem>? Failure { get; }
}
