using Casus.Pipeline.Ingest;
using Casus.Pipeline.Reading;
using Casus.Reason.Dossiers;

namespace Casus.Pipeline;

/// <summary>An upload stored, with the knowledge readers should see next, built but not yet shown (see
/// <see cref="CasusWorkspace.StagePrepared"/>).</summary>
public sealed class StagedIngest
{
    internal StagedIngest(IngestReport report, ResidentKnowledge? next, bool forget)
    {
        Report = report;
        Next = next;
        Forget = forget;
    }

    public IngestReport Report { get; }

    internal ResidentKnowledge? Next { get; }

    /// <summary>The write failed midway or the update could not be built: drop the resident knowledge and reload.</summary>
    internal bool Forget { get; }
}

public sealed partial class CasusWorkspace
{
    /// <summary>The write half of <see cref="IngestPrepared"/> split for a server (issue 16: reads fell 37× while
    /// writes ran, because the whole knowledge and the engine's index were rebuilt under the exclusive lock):
    /// stores the input and builds the next resident knowledge and its engine index <b>without changing what
    /// readers see</b>; <see cref="Commit"/> then swaps it in, a pointer write. The store is used here, so callers
    /// serialise every use of <see cref="Store"/> against this call; readers of the resident knowledge may run meanwhile.</summary>
    public StagedIngest StagePrepared(PreparedInput input)
    {
        var runner = new IngestRunner(Store, _layers);
        IngestReport report;
        try
        {
            report = new IngestReport(runner.StorePrepared(input));
        }
        catch (Exception e) when (_resident is not null)
        {
            // What was stored is not known for sure: the caller commits a forget (and reloads) before rethrowing.
            throw new StagedIngestException(new StagedIngest(new IngestReport([]), null, forget: true), e);
        }
        if (_resident is not { } resident || runner.WriteFailed) return new StagedIngest(report, null, forget: true);
        if (runner.Stored.Count == 0) return new StagedIngest(report, resident, forget: false);
        try
        {
            var next = resident.Including(Lexicon.Actors.Concat(Store.StoredActors()), runner.Stored);
            KnowledgeIndex.Of(next.Whole); // built now, not by the first reader after the swap
            return new StagedIngest(report, next, forget: false);
        }
        catch (Exception)
        {
            // The documents are stored whatever went wrong here: the ingest succeeded, and the next read reloads.
            return new StagedIngest(report, null, forget: true);
        }
    }

    /// <summary>Shows readers what <see cref="StagePrepared"/> built; call it where no reader is running (a server's
    /// exclusive lock). A forget drops the resident knowledge; <see cref="Prepare"/> then reloads it.</summary>
    public void Commit(StagedIngest staged)
    {
        ArgumentNullException.ThrowIfNull(staged);
        _actors = null;
        _resident = staged.Forget ? null : staged.Next;
    }
}

/// <summary>A store write that failed midway (the failure is <see cref="Exception.InnerException"/>);
/// <see cref="Staged"/> is the forget to commit before the failure surfaces.</summary>
public sealed class StagedIngestException(StagedIngest staged, Exception inner) : Exception("the store write failed midway", inner)
{
    public StagedIngest Staged { get; } = staged;
}
