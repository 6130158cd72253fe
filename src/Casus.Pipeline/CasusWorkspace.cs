using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Ingest;
using Casus.Pipeline.Actors;
using Casus.Pipeline.Data;
using Casus.Pipeline.Ingest;
using Casus.Pipeline.Reading;
using Casus.Pipeline.Refresh;
using Casus.Reason.Dossiers;
using Casus.Reason.Selection;
using Casus.Extract.Lexicons;
using Casus.Store;

namespace Casus.Pipeline;

/// <summary>
/// The one façade the CLI and the web server call: opens the store (creating it, and loading
/// the starter knowledge base, on first use), ingests inputs, resolves actor names, builds the
/// knowledge base as of a date and runs scenarios.
/// </summary>
public sealed partial class CasusWorkspace : IDisposable
{
    private readonly PipelineLayers _layers;
    private ResidentKnowledge? _resident;
    private IReadOnlyCollection<Actor>? _actors;

    private CasusWorkspace(ICasusStore store, PipelineLayers layers, ShippedData data)
    {
        Store = store;
        _layers = layers;
        DataVersion = data.Version;
    }

    public ICasusStore Store { get; }

    public ActorLexicon Lexicon => _layers.Lexicons.Actors;

    /// <summary>The scenario engine this workspace judges with (the news-text engine with history's outside view).</summary>
    public Casus.Reason.IScenarioEngine Engine => _layers.Engine;

    public string DataVersion { get; }

    /// <summary>Opens the database (<see cref="WorkspaceOptions.ResolvedDb"/>), creating its schema on first use.</summary>
    public static CasusWorkspace Open(WorkspaceOptions options)
    {
        var data = options.DataDir is null ? ShippedData.Embedded() : ShippedData.FromDirectory(options.DataDir);
        var layers = PipelineLayers.Load(data);
        var store = StoreLocation.Open(options.ResolvedDb, out _);
        try
        {
            StarterLoader.EnsureDecided(store, layers, data.Version, options.LoadStarter);
            return new CasusWorkspace(store, layers, data);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The actor a user means by a name, id, alias or spokesperson; <see cref="Casus.Core.InputException"/>
    /// "unknown actor 'X'" with the closest names otherwise.</summary>
    public Actor ResolveActor(string nameOrAlias) =>
        ActorResolver.Resolve(nameOrAlias, name => Lexicon.Resolve(name), KnownActors());

    /// <summary>The lexicon's actors and the stored ones (lexicon names win), without reading any claim.</summary>
    public IReadOnlyCollection<Actor> KnownActors() =>
        _resident?.Whole.Actors ?? (_actors ??= new KnowledgeBase(Lexicon.Actors.Concat(Store.StoredActors()), [], []).Actors);

    /// <summary>Ingests files, folders and URLs. When the whole knowledge is resident (a server), what the store
    /// newly accepted is added to it instead of dropping it for a reload (seconds to minutes on a big database):
    /// <see cref="Knowledge"/> then gives what a reload would give.</summary>
    public IngestReport Ingest(IEnumerable<string> pathsOrUrls, IProgress<IngestProgress>? progress = null) =>
        Ingesting(runner => runner.Run(pathsOrUrls, progress));

    /// <summary>Ingests one body (an upload or a fetched page); failures come back as a failed item.</summary>
    public IngestReport IngestBytes(string origin, byte[] bytes, string? contentType = null) =>
        Ingesting(runner => new IngestReport(runner.Guarded(origin, () => new InputSource(origin, bytes, contentType))));

    /// <summary>Reads and extracts one body without touching the store or the resident knowledge: safe to call
    /// concurrently with readers and with other preparations (a server does it outside its write lock).</summary>
    public PreparedInput PrepareBytes(string origin, byte[] bytes, string? contentType = null) =>
        IngestRunner.Prepare(_layers, origin, () => new InputSource(origin, bytes, contentType));

    /// <summary>Stores what <see cref="PrepareBytes"/> read (the write half of <see cref="IngestBytes"/>).</summary>
    public IngestReport IngestPrepared(PreparedInput input) =>
        Ingesting(runner => new IngestReport(runner.StorePrepared(input)));

    private IngestReport Ingesting(Func<IngestRunner, IngestReport> ingest)
    {
        var runner = new IngestRunner(Store, _layers);
        IngestReport report;
        try
        {
            report = ingest(runner);
        }
        catch
        {
            Forget(); // stopped midway: what was stored is not known for sure
            throw;
        }
        Absorb(runner);
        return report;
    }

    /// <summary>Brings the resident knowledge up to date after an ingest without reading the claims already held:
    /// the stored documents' claims are appended and the actors re-read the way <see cref="ICasusStore.LoadKnowledge"/>
    /// reads them (the lexicon's, then the stored ones; a small table), so the result is what a reload would give.
    /// Nothing resident, or a write that failed midway: dropped, and the next <see cref="Knowledge"/> reloads.</summary>
    private void Absorb(IngestRunner runner)
    {
        _actors = null;
        if (_resident is not { } resident || runner.WriteFailed)
        {
            Forget();
            return;
        }
        if (runner.Stored.Count == 0) return; // nothing new (duplicates, failures): the held knowledge is still exact
        try
        {
            _resident = resident.Including(Lexicon.Actors.Concat(Store.StoredActors()), runner.Stored);
        }
        catch (Exception)
        {
            // The documents are stored whatever went wrong here: the ingest succeeded, and the next read reloads.
            Forget();
        }
    }

    private void Forget()
    {
        _resident = null;
        _actors = null;
    }

    /// <summary>Everything stored plus the lexicon's actors, as it stood on <paramref name="asOf"/> (all of it when null).
    /// The first call loads the whole database and keeps it (a server calls this once at start); an ingest then
    /// adds what it stored to it rather than reloading (<see cref="Ingest"/>); views of recent dates are kept too (<see cref="ResidentKnowledge"/>), so callers get the same
    /// instance for the same date. Concurrent callers are safe once the knowledge is loaded.</summary>
    public KnowledgeBase Knowledge(DateOnly? asOf = null)
    {
        _resident ??= new ResidentKnowledge(Store.LoadKnowledge(Lexicon.Actors));
        return _resident.AsOf(asOf);
    }

    /// <summary>Loads the whole knowledge (<see cref="Knowledge"/>) and builds what the engine indexes per
    /// knowledge base, so the first scenario after a server starts or ingests does not pay for it
    /// (seconds at a million claims). For long-running processes; one-shot commands need neither.</summary>
    public void Prepare() => KnowledgeIndex.Of(Knowledge());

    /// <summary>Whether the whole knowledge is in memory (after <see cref="Knowledge"/>; an ingest keeps it up to date).</summary>
    public bool IsResident => _resident is not null;

    /// <summary>What <c>casus ties</c> shows for <paramref name="actor"/> as of <paramref name="asOf"/>: the
    /// knowledge in memory when a caller loaded it, else only the actor's part read through the store's
    /// indexes (<see cref="TiesScope"/>; with the ties among its partners when <paramref name="withNeighbourhood"/>).
    /// The ties, states and network of the actor are the same as on <see cref="Knowledge"/>; with a
    /// <paramref name="limit"/>, the same as a limited answer on it (only the kept partners' network is read).</summary>
    public KnowledgeBase TiesKnowledge(ActorId actor, DateOnly? asOf, bool withNeighbourhood = true, int? limit = null) =>
        _resident is { } resident ? resident.AsOf(asOf) : TiesScope.Gather(actor, asOf, KnownActors(), Store, withNeighbourhood, limit);

    /// <summary>What the scenario reads, as of its date, through the store's indexed reads: the
    /// parties' neighbourhood instead of the whole database (<see cref="ScenarioScope"/>). The engine
    /// gives the same result on it as on <see cref="Knowledge"/>.</summary>
    public KnowledgeBase ScenarioKnowledge(Scenario scenario) =>
        ScenarioScope.Gather(scenario, KnownActors(), Store).AsOf(scenario.AsOf);

    /// <summary>Runs on the knowledge already in memory when a caller loaded it (a server keeps it),
    /// else on <see cref="ScenarioKnowledge"/>, so one scenario does not load the whole database.
    /// The resident knowledge is used whole, not copied as of the date: the engine reads only claims
    /// holding on the scenario's date, so the answer is the one on <c>Knowledge(scenario.AsOf)</c>
    /// (WorkspaceScenarioTests), and its per-knowledge index is built once per load, not per request.</summary>
    public ScenarioResult RunScenario(Scenario scenario) =>
        _layers.Engine.Evaluate(_resident is { } resident ? resident.Whole : ScenarioKnowledge(scenario), scenario);

    /// <summary>Runs a scenario on knowledge the caller has narrowed further (a backtest keeps only
    /// what had been published by the as-of date).</summary>
    public ScenarioResult RunScenario(Scenario scenario, KnowledgeBase knowledge) =>
        _layers.Engine.Evaluate(knowledge, scenario);

    /// <summary>The data version the database was last brought up to (null: never recorded, a database older
    /// than this record). One metadata read.</summary>
    public string? StoredDataVersion => Casus.Pipeline.Refresh.StoredDataVersion.Read(Store);

    /// <summary>Brings the database up to the shipped data (<c>casus refresh</c>): the starter knowledge base
    /// as shipped, and every document extracted under another data version read again with the current lexicon
    /// (<see cref="DataRefresh"/>). Knowledge held in memory is dropped: the next read sees the new claims.</summary>
    public RefreshReport Refresh(IProgress<RefreshProgress>? progress = null)
    {
        try
        {
            return new DataRefresh(Store, _layers, DataVersion).Run(progress);
        }
        finally
        {
            Forget();
        }
    }

    /// <summary>Names the extractor met in stored documents but the lexicon does not know, with how many documents mention each.</summary>
    public IReadOnlyList<CandidateActor> CandidateActors() =>
        Store.Documents()
            .Select(d => Store.GetDocument(d.Id))
            .OfType<Casus.Core.Documents.Document>()
            .SelectMany(d => _layers.Extractor.Extract(d).CandidateActors.Distinct())
            .GroupBy(name => name, StringComparer.Ordinal)
            .Select(g => new CandidateActor(g.Key, g.Count()))
            .OrderByDescending(c => c.Documents).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    public void Dispose() => Store.Dispose();
}

public sealed record CandidateActor(string Name, int Documents);
