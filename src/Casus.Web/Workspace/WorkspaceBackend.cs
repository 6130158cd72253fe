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
/// is loaded before the first read. An upload is read and extracted outside any lock; then, holding only
/// the store's lock (one user of the connection at a time), it is stored and the next knowledge base and its
/// engine index are built beside the one readers use (<see cref="CasusWorkspace.StagePrepared"/>); the exclusive
/// lock is held just to swap it in. Before, the whole rebuild ran under the exclusive lock and reads fell ~37×
/// while writes ran (issue 16; bench/Casus.Load measures it).
/// </summary>
public sealed class WorkspaceBackend : ICasusBackend
{
    private readonly CasusWorkspace _workspace;
    private readonly ReaderWriterLockSlim _gate = new();
    private readonly object _preparing = new();

    /// <summary>Held by every use of the store's connection (writes, document names); never by plain reads.</summary>
    private readonly object _storing = new();

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

    /// <summary>Read under the store's lock: the connection is not for concurrent users. A document never
    /// changes its title, so each is read once.</summary>
    public string? DocumentName(string documentId)
    {
        if (_documentNames.TryGetValue(documentId, out var known)) return known;
        lock (_storing)
        {
            var name = _workspace.Store.GetDocument(documentId) is { } d ? Casus.Pipeline.Reading.DocumentNames.Of(d) : null;
            return _documentNames[documentId] = name;
        }
    }

    public IReadOnlyList<IngestedDocument> Ingest(string origin, byte[] bytes, string? contentType)
    {
        // Reading and extracting (the slow, input-dependent part) happen before the write lock, so a hostile
        // page never holds up readers; under the lock only the store write and the resident update run.
        // One preparation at a time: uploads queue behind each other, never in front of readers.
        PreparedInput prepared;
        lock (_preparing) prepared = _workspace.PrepareBytes(origin, bytes, contentType);
        IngestReport report;
        lock (_storing)
        {
            StagedIngest staged;
            try
            {
                staged = _workspace.StagePrepared(prepared);
            }
            catch (StagedIngestException failed)
            {
                Swap(failed.Staged);
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.InnerException!);
                throw;
            }
            Swap(staged);
            report = staged.Report;
        }
        if (report.Added > 0) Interlocked.Increment(ref _generation);
        return report.Items.Select(i => new IngestedDocument(i.Origin, i.DocumentId, i.Title, i.Outlet, i.Date,
            Snake(i.Status), i.TieClaims, i.StateClaims, i.Error)).ToList();
    }

    /// <summary>The only moment readers wait for a write: the new knowledge replaces the old (and, after a failed
    /// write, is reloaded, which is rare and slow).</summary>
    private void Swap(StagedIngest staged)
    {
        _gate.EnterWriteLock();
        try
        {
            _workspace.Commit(staged);
            if (!_workspace.IsResident) _workspace.Prepare();
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
