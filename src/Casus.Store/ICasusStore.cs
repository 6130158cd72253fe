using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Core.Knowledge;

namespace Casus.Store;

/// <summary>
/// Where documents and their claims live. Every implementation (SQLite, PostgreSQL) passes the
/// same conformance suite. Writes are atomic per document: a document is stored with all its
/// claims or not at all, and storing a document already present changes nothing.
/// </summary>
public interface ICasusStore : IDisposable, IKnowledgeSlices
{
    /// <summary>Human-readable location ("sqlite:/home/x/.local/share/casus/casus.db").</summary>
    string Location { get; }

    bool HasDocument(string documentId);

    /// <summary>Stores a document with its claims in one transaction. Returns false (and writes
    /// nothing) when a document with the same id is already stored.</summary>
    bool AddDocument(Document document, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states);

    /// <summary>Stores many documents at once (dataset imports write thousands). Each document stays
    /// atomic and idempotent exactly as with <see cref="AddDocument"/>; implementations may share one
    /// transaction across the batch for speed. Returns how many were new.</summary>
    int AddDocuments(IReadOnlyList<DocumentWithClaims> batch)
    {
        var added = 0;
        foreach (var item in batch)
            if (AddDocument(item.Document, item.Ties, item.States)) added++;
        return added;
    }

    /// <summary>Actors that are not in the shipped lexicon (dataset imports, candidates).</summary>
    void UpsertActors(IEnumerable<Actor> actors);

    IReadOnlyList<Actor> StoredActors();

    IReadOnlyList<DocumentSummary> Documents();

    /// <summary>One stored document's summary (null when not stored): what an ingest reports for a document it
    /// already had, without listing every document (a second on a big database, under a server's write lock).</summary>
    DocumentSummary? DocumentSummaryOf(string documentId) => Documents().FirstOrDefault(d => d.Id == documentId);

    Document? GetDocument(string documentId);

    /// <summary>Everything stored, as an in-memory knowledge base (actors from the caller's lexicon are merged in).</summary>
    KnowledgeBase LoadKnowledge(IEnumerable<Actor> lexiconActors);

    /// <summary>Fallback for stores without indexed reads: filters a full load. SQLite and
    /// PostgreSQL answer from their source/target indexes; keys are the claims' row ids.</summary>
    IReadOnlyList<Keyed<TieClaim>> IKnowledgeSlices.TieClaimsTouching(IReadOnlyCollection<ActorId> actors, ClaimEnd end, TieType? type) =>
        LoadKnowledge([]).TieClaimsTouching(actors, end, type);

    IReadOnlyList<Keyed<StateClaim>> IKnowledgeSlices.StateClaimsOf(IReadOnlyCollection<ActorId> actors) =>
        LoadKnowledge([]).StateClaimsOf(actors);

    StoreCounts Counts();

    /// <summary>Every stored document with the extractors and data versions behind its claims (ordered by id).
    /// Reads every claim row once: for <c>casus refresh</c>, not for queries.</summary>
    IReadOnlyList<DocumentExtraction> Extractions();

    /// <summary>A stored document with its claims in the order they were stored, or null.</summary>
    DocumentWithClaims? GetDocumentWithClaims(string documentId);

    /// <summary>Replaces a stored document's claims with <paramref name="ties"/> and <paramref name="states"/> in one
    /// transaction (a failure leaves the old claims), leaving the document itself untouched. Returns false, writing
    /// nothing, when the document is not stored.</summary>
    bool ReplaceClaims(string documentId, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states);

    /// <summary>Removes a stored document with its claims and, in the same transaction, stores
    /// <paramref name="replacement"/> (when given) as <see cref="AddDocument"/> would. Returns false, writing nothing,
    /// when <paramref name="storedId"/> is not stored. For curated documents whose shipped text changed.</summary>
    bool ReplaceDocument(string storedId, DocumentWithClaims? replacement);

    string? GetMeta(string key);

    /// <summary>Refuses (one-line <see cref="Casus.Core.InputException"/>) a store whose file is damaged, before a
    /// command writes to it. Stores with nothing to check (a server database checks itself) do nothing.</summary>
    void CheckIntegrity() { }

    void SetMeta(string key, string value);
}

public sealed record DocumentSummary(string Id, string? Title, string? Outlet, DateOnly? Date, string Origin, string? ParentId, int TieClaims, int StateClaims);

public sealed record StoreCounts(int Documents, int TieClaims, int StateClaims, int Actors);
