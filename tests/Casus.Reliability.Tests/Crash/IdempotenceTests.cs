using Casus.Reliability.Tests.Batch;
using Casus.Testing;

namespace Casus.Reliability.Tests.Crash;

/// <summary>The same batch ingested twice, or by two processes at once, stores what one clean run stores.</summary>
public sealed class IdempotenceTests(CleanBatch batch) : IClassFixture<CleanBatch>
{
    [Fact]
    public void Ingesting_the_same_batch_twice_adds_nothing_the_second_time()
    {
        var db = batch.NewDatabase("twice");
        Assert.Equal(0, CasusProcess.Run(db, "ingest", batch.Folder).ExitCode);
        var before = CasusProcess.FileHash(db);
        var second = CasusProcess.Run(db, "ingest", "--json", batch.Folder);

        Assert.Equal(0, second.ExitCode);
        using var report = System.Text.Json.JsonDocument.Parse(second.Stdout);
        Assert.Equal(0, report.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(CleanBatch.Articles, report.RootElement.GetProperty("already_stored").GetInt32());
        Assert.Equal(before, CasusProcess.FileHash(db));
        AssertSameAsClean(DatabaseSnapshot.Read(db));
    }

    [Fact]
    public async Task Two_processes_ingesting_the_same_batch_at_once_store_it_once()
    {
        var db = batch.NewDatabase("concurrent");
        using var first = CasusProcess.Start(db, null, "ingest", batch.Folder);
        using var second = CasusProcess.Start(db, null, "ingest", batch.Folder);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        // Both pipes of both processes are drained from the start: neither may block on output while holding the write lock.
        var runs = new[] { first, second }.Select(p => (Process: p,
            Out: p.StandardOutput.ReadToEndAsync(timeout.Token), Err: p.StandardError.ReadToEndAsync(timeout.Token))).ToList();
        foreach (var (process, stdout, stderr) in runs)
        {
            await stdout;
            await process.WaitForExitAsync(timeout.Token);
            var errors = await stderr;
            Assert.True(process.ExitCode == 0, "concurrent ingest failed: " + errors);
            Assert.Equal("", errors);
        }
        AssertSameAsClean(DatabaseSnapshot.Read(db));
    }

    [Fact]
    public void A_batch_overlapping_one_already_stored_adds_only_the_new_documents()
    {
        var db = batch.NewDatabase("overlap");
        var firstHalf = Directory.GetFiles(batch.Folder).Order(StringComparer.Ordinal).Take(CleanBatch.Articles / 2).ToArray();
        Assert.Equal(0, CasusProcess.Run(db, ["ingest", .. firstHalf]).ExitCode);
        Assert.Equal(0, CasusProcess.Run(db, "ingest", batch.Folder).ExitCode);
        AssertSameAsClean(DatabaseSnapshot.Read(db));
    }

    private void AssertSameAsClean(DatabaseSnapshot snapshot)
    {
        Assert.Empty(snapshot.ViolationsAgainst(batch.Clean));
        Assert.Equal(batch.Clean.Documents.Count, snapshot.Documents.Count);
        Assert.Equal((batch.Clean.TieClaims, batch.Clean.StateClaims), (snapshot.TieClaims, snapshot.StateClaims));
    }
}
