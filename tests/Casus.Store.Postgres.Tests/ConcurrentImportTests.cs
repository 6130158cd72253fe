using Casus.Store.Import;
using Casus.Store.Tests.Import;
using Casus.Testing;

namespace Casus.Store.Postgres.Tests;

/// <summary>Several importers writing the same files into one PostgreSQL database at once.</summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private readonly PostgresTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Two_importers_racing_on_the_same_files_lose_nothing_and_duplicate_nothing()
    {
        var files = new[]
        {
            (DatasetKind.Atop, SharedCorpus.Data("atop", "atop5_1m.csv")),
            (DatasetKind.Cow, SharedCorpus.Data("cow-alliances", "alliance_v4.1_by_member.csv")),
            (DatasetKind.Gdelt, SharedCorpus.Data("gdelt", "gdelt1_daily_events_sample_20160728.tsv")),
        };
        var summaries = new ImportSummary[2][];
        Parallel.For(0, 2, worker =>
        {
            using var store = new PostgresStore(_database.ConnectionString);
            // Opposite file orders and small batches make the two writers overlap as much as possible.
            var order = worker == 0 ? files : files.Reverse().ToArray();
            summaries[worker] = order.Select(f => Importing.Run(store, f.Item1, f.Item2, batchSize: 20)).ToArray();
        });

        using var reference = new Casus.Store.Tests.Support.MemoryStore();
        foreach (var (kind, path) in files) Importing.Run(reference, kind, path);
        using var shared = new PostgresStore(_database.ConnectionString);
        Assert.Equal(reference.Counts() with { Actors = 0 }, shared.Counts() with { Actors = 0 });
        Assert.Equal(reference.Counts().Documents, summaries.SelectMany(s => s).Sum(s => s.DocumentsAdded));
    }
}
