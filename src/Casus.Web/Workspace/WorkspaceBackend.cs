using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Pipeline;
using Casus.Pipeline.Ingest;
using Casus.Web.Hosting;

namespace Casus.Web.Workspace;

/// <summary>
/// Adapts <see cref="CasusWorkspace"/> (one SQLite connection, a cached knowledge base) to
/// concurrent requests: reads share a lock and only ever touch the cached knowledge base, which
/// is loaded before the first read; an upload is read and extracted outside any lock, then, under the
/// exclusive lock, stored and added to it (no reload of
/// the database) and indexes the result for the engine before readers come back.
/// </summary>
public sealed class WorkspaceBackend : ICasusBackend
{
    private readonly CasusWorkspace _workspace;
    private readonly ReaderWriterLockSlim _gate = new();
    private readonly object _preparing = new();

    public WorkspaceBackend(CasusWorkspace workspace)
    {
        _workspace = workspace;
        _workspace.Prepare();
        _storedDataVersion = workspace.StoredDataVersion;
    }

    public string DataVersion => _workspace.DataVersion;

    // Read from the database at start (the connection is not for concurrent readers), as the knowledge is:
    // a refresh by another process shows after a restart, like its claims.
    public string? StoredDataVersion => _storedDataVersion;

    private readonly string? _storedDataVersion;

    public long Generation => Interlocked.Read(ref _generation);

    private long _generation;

    public Actor ResolveActor(string nameOrAlias) => Read(() => _workspace.ResolveActor(nameOrAlias));

    public KnowledgeBase Knowledge(DateOnly? asOf) => Read(() => _workspace.Knowledge(asOf));

    public ScenarioResult RunScenario(Scenario scenario) => Read(() => _workspace.RunScenario(scenario));

    public KnownByRun RunScenario(Scenario scenario, DateOnly knownBy) => Read(() => _workspace.RunScenario(scenario, knownBy));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _documentNames = new(StringComparer.Ordinal);

    /// <summary>Read under the write lock: the store's connection is not for concurrent readers. A document never
    /// changes its title, so each is read once.</summary>
    public string? DocumentName(string documentId)
    {
        if (_documentNames.TryGetValue(documentId, out var known)) return known;
        _gate.EnterWriteLock();
        try
        {
            var name = _workspace.Store.GetDocument(documentId) is { } d ? Casus.Pipeline.Reading.DocumentNames.Of(d) : null;
            return _documentNames[documentId] = name;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public IReadOnlyList<IngestedDocument> Ingest(string origin, byte[] bytes, string? contentType)
    {
        // Reading and extracting (the slow, input-dependent part) happen before the write lock, so a hostile
        // page never holds up readers; under the lock only the store write and the resident update run.
        // One preparation at a time: uploads queue behind each other, never in front of readers.
        PreparedInput prepared;
        lock (_preparing) prepared = _workspace.PrepareBytes(origin, bytes, contentType);
        _gate.EnterWriteLock();
        try
        {
            var report = _workspace.IngestPrepared(prepared);
            _workspace.Prepare();
            if (report.Added > 0) Interlocked.Increment(ref _generation);
            return report.Items.Select(i => new IngestedDocument(i.Origin, i.DocumentId, i.Title, i.Outlet, i.Date,
                Snake(i.Status), i.TieClaims, i.StateClaims, i.Error)).ToList();
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public async Task<IReadOnlyList<IngestedDocument>> IngestUrl(string url, CancellationToken cancellation)
    {
        // Fetched outside the lock: a slow site must not hold up every reader.
        using var fetcher = new Casus.Ingest.Web.UrlFetcher();
        var page = await fetcher.FetchAsync(url, cancellation).ConfigureAwait(false);
        return Ingest(page.Origin, page.Bytes, page.ContentType);
    }

    public IReadOnlyList<Spokesperson> PeopleOf(ActorId actor) => _workspace.PeopleOf(actor);

    public Casus.Reason.Questions.VerdictQuestion Question(Scenario scenario, ActorId actor, DateOnly? knownBy) => Read(() =>
        knownBy is { } date
            ? _workspace.Question(scenario, actor, _workspace.RunScenario(scenario, date).Knowledge)
            : _workspace.Question(scenario, actor));

    private T Read<T>(Func<T> read)
    {
        _gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    private static string Snake(IngestStatus status) => status switch
    {
        IngestStatus.Added => "added",
        IngestStatus.AlreadyStored => "already_stored",
        _ => "failed",
    };
}
