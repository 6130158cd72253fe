using Casus.Reliability.Tests.Batch;
using Casus.Testing;
using Xunit.Abstractions;

namespace Casus.Reliability.Tests.Crash;

/// <summary>
/// The real CLI ingesting a 200-article batch is killed with SIGKILL at seeded random moments
/// (start-up, schema creation, mid-document, between documents), then restarted. After every kill
/// each stored document must carry exactly the claims a clean run gives it; re-running finishes
/// the batch with the clean run's counts.
/// </summary>
public sealed class KillAndRestartTests(CleanBatch batch, ITestOutputHelper output) : IClassFixture<CleanBatch>
{
    private const int Rounds = 50;

    [Fact]
    public void Killed_ingest_leaves_only_whole_documents_and_a_rerun_completes_the_batch()
    {
        // The clean database holds the batch (and the starter knowledge base, when one ships).
        Assert.True(batch.Clean.Documents.Count >= CleanBatch.Articles, $"clean run stored {batch.Clean.Documents.Count} documents");
        var complete = batch.Clean.Documents.Count;
        var random = new Random(CleanBatch.Seed);
        var db = batch.NewDatabase("killed");
        // Kill anywhere from process start to the end of a clean run: most kills land mid-batch.
        var window = Math.Max(300, (int)batch.CleanDuration.TotalMilliseconds);
        int killed = 0, completions = 0, partial = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var exit = KillAfter(db, random.Next(window));
            if (exit is null) killed++;
            var snapshot = DatabaseSnapshot.Read(db);
            Assert.True(snapshot.ViolationsAgainst(batch.Clean) is { Count: 0 },
                $"round {round}: " + string.Join("; ", snapshot.ViolationsAgainst(batch.Clean).Take(5)));
            if (snapshot.Documents.Count > 0 && snapshot.Documents.Count < complete) partial++;
            if (snapshot.Documents.Count == complete)
            {
                // Batch finished before the kill: start again on a new file so later kills still land mid-batch.
                completions++;
                db = batch.NewDatabase("killed");
            }
        }
        output.WriteLine($"{Rounds} rounds in a {window} ms window: {killed} killed, {partial} left a partial batch, {completions} completed before the kill");
        Assert.True(killed >= Rounds / 2, $"only {killed} of {Rounds} runs were killed before finishing; the timing window is wrong");
        Assert.True(partial >= Rounds / 5, $"only {partial} kills left a partial batch; kills are not landing mid-batch");

        var rerun = CasusProcess.Run(db, "ingest", batch.Folder);
        Assert.Equal(0, rerun.ExitCode);
        var final = DatabaseSnapshot.Read(db);
        Assert.Empty(final.ViolationsAgainst(batch.Clean));
        Assert.Equal(batch.Clean.Documents.Keys.Order(), final.Documents.Keys.Order());
        Assert.Equal((batch.Clean.TieClaims, batch.Clean.StateClaims), (final.TieClaims, final.StateClaims));
    }

    /// <summary>Starts <c>casus ingest</c>, SIGKILLs it after <paramref name="delayMs"/>; returns its exit code
    /// when it finished first, null when it was killed.</summary>
    private int? KillAfter(string db, int delayMs)
    {
        using var process = CasusProcess.Start(db, null, "ingest", batch.Folder);
        // Drain the pipes so a chatty child never blocks on a full buffer before the kill.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (process.WaitForExit(delayMs))
        {
            process.WaitForExit();
            return process.ExitCode;
        }
        process.Kill(); // SIGKILL on Unix: no finalisers, no rollback code, no flush
        process.WaitForExit();
        return null;
    }
}
