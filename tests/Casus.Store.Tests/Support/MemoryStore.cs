using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Core.Knowledge;

namespace Casus.Store.Tests.Support;

/// <summary>An in-memory <see cref="ICasusStore"/> for importer tests that are about mapping, not storage.
/// <see cref="FailAfterBatches"/> simulates a crash between batches.</summary>
internal sealed class MemoryStore : ICasusStore
{
    private readonly Dictionary<string, DocumentWithClaims> _documents = [];
    private readonly Dictionary<ActorId, Actor> _actors = [];
    private readonly Dictionary<string, string> _meta = [];
    private int _batches;

    public int? FailAfterBatches { get; set; }

    public string Location => "memory:";

    public bool HasDocument(string documentId) => _documents.ContainsKey(documentId);

    public bool AddDocument(Document document, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states) =>
        _documents.TryAdd(document.Id, new DocumentWithClaims(document, ties, states));

    public int AddDocuments(IReadOnlyList<DocumentWithClaims> batch)
    {
        if (FailAfterBatches is { } limit && _batches >= limit) throw new IOException("simulated crash");
        _batches++;
        return batch.Count(item => AddDocument(item.Document, item.Ties, item.States));
    }

    public void UpsertActors(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors) _actors[actor.Id] = actor;
    }

    public IReadOnlyList<Actor> StoredActors() => [.. _actors.Values];

    public IReadOnlyList<DocumentSummary> Documents() =>
        [.. _documents.Values.Select(d => new DocumentSummary(d.Document.Id, d.Document.Title, d.Document.Outlet, d.Document.Date, d.Document.Origin, d.Document.ParentId, d.Ties.Count, d.States.Count))];

    public Document? GetDocument(string documentId) => _documents.GetValueOrDefault(documentId)?.Document;

    public KnowledgeBase LoadKnowledge(IEnumerable<Actor> lexiconActors) =>
        new(lexiconActors.Concat(_actors.Values), _documents.Values.SelectMany(d => d.Ties), _documents.Values.SelectMany(d => d.States));

    public StoreCounts Counts() =>
        new(_documents.Count, _documents.Values.Sum(d => d.Ties.Count), _documents.Values.Sum(d => d.States.Count), _actors.Count);

    public IReadOnlyList<DocumentExtraction> Extractions() =>
        [.. _documents.Values.OrderBy(d => d.Document.Id, StringComparer.Ordinal).Select(d => new DocumentExtraction(d.Document.Id, d.Document.Origin,
            [.. d.Ties.Select(t => t.Evidence).Concat(d.States.Select(s => s.Evidence)).Select(e => new ClaimProvenance(e.Extractor, e.LexiconVersion)).Distinct()]))];

    public DocumentWithClaims? GetDocumentWithClaims(string documentId) => _documents.GetValueOrDefault(documentId);

    public bool ReplaceClaims(string documentId, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states)
    {
        if (!_documents.TryGetValue(documentId, out var stored)) return false;
        _documents[documentId] = stored with { Ties = ties, States = states };
        return true;
    }

    public bool ReplaceDocument(string storedId, DocumentWithClaims? replacement)
    {
        if (!_documents.Remove(storedId)) return false;
        if (replacement is not null) _documents.TryAdd(replacement.Document.Id, replacement);
        return true;
    }

    public string? GetMeta(string key) => _meta.GetValueOrDefault(key);

    public void SetMeta(string key, string value) => _meta[key] = value;

    public void Dispose() { }
}
