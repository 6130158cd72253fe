using Casus.Reliability.Tests.Batch;
using Casus.Testing;
using Xunit.Abstractions;

namespace Casus.Reliability.Tests.Crash;

/// <summary>
/// The real CLI ingesting a 200-article batch is killed with SIGKILL at seeded random moments
/// (start-up, schema creation, starter load, mid-document, between documents), then restarted.
/// After every kill each stored document must carry exactly the claims a clean run gives it;
/// re-running finishes the batch with the clean run's counts.
/// </summary>
public sealed class KillAndRestartTests(CleanBatch batch, ITestOutputHelper output) : IClassFixture<CleanBatch>
{
    private const int Rounds = 50;

    [Fact]
    public void Killed_ingest_leaves_only_whole_documents_and_a_rerun_completes_the_batch()
    {
        // The clean database holds the batch (and the starter knowledge base, when one ships).
        Assert.True(batch.Clean.Documents.Count >= CleanBatch.Articles, $"clean run stored {batch.Clean.Documents.Count} documents");
        // Without claims the "all its claims" half of the invariant would be vacuous.
        Assert.True(batch.Clean.TieClaims > 0, "the clean run extracted no claims from the generated batch");
        // Kill anywhere from process start to the end of a clean run: most kills land mid-batch.
        var window = Math.Max(300, (int)batch.CleanDuration.TotalMilliseconds);

        var result = KillLoop.Run(Rounds, CleanBatch.Seed, window, batch.Clean, () => batch.NewDatabase("killed"), DatabaseSnapshot.Read, "ingest", batch.Folder);

        output.WriteLine($"{Rounds} rounds in a {window} ms window: {result.Killed} killed, {result.Partial} left a partial batch, {result.Completed} completed before the kill");
        Assert.True(result.Killed >= Rounds / 2, $"only {result.Killed} of {Rounds} runs were killed before finishing; the timing window is wrong");
        Assert.True(result.Partial >= Rounds / 5, $"only {result.Partial} kills left a partial batch; kills are not landing mid-batch");

        var rerun = CasusProcess.Run(result.LastDatabase, "ingest", batch.Folder);
        Assert.Equal(0, rerun.ExitCode);
        var final = DatabaseSnapshot.Read(result.LastDatabase);
        Assert.Empty(final.ViolationsAgainst(batch.Clean));
        Assert.Equal(batch.Clean.Documents.Keys.Order(), final.Documents.Keys.Order());
        Assert.Equal((batch.Clean.TieClaims, batch.Clean.StateClaims), (final.TieClaims, final.StateClaims));
    }
}
