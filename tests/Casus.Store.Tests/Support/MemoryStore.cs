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

    public string? GetMeta(string key) => _meta.GetValueOrDefault(key);

    public void SetMeta(string key, string value) => _meta[key] = value;

    public void Dispose() { }
}
