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
    public void Two_processes_ingesting_the_same_batch_at_once_store_it_once()
    {
        var db = batch.NewDatabase("concurrent");
        var first = CasusProcess.Start(db, null, "ingest", batch.Folder);
        var second = CasusProcess.Start(db, null, "ingest", batch.Folder);
        var runs = new[] { first, second }.Select(p => (Process: p, Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
        foreach (var run in runs)
        {
            Assert.True(run.Process.WaitForExit(TimeSpan.FromMinutes(3)), "a concurrent ingest hung");
            Assert.True(run.Process.ExitCode == 0, "concurrent ingest failed: " + run.Err.Result);
            Assert.Equal("", run.Err.Result);
            run.Process.Dispose();
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
