using Casus.Store.Import;
using Casus.Store.Tests.Import;
using Casus.Testing;

namespace Casus.Store.Postgres.Tests;

/// <summary>Two real <c>casus import</c> processes writing one PostgreSQL database at once (needs the CLI built, as CI does).</summary>
public sealed class ConcurrentImportProcessTests : IDisposable
{
    private readonly PostgresTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Two_import_processes_at_once_store_every_document_exactly_once()
    {
        var files = new[]
        {
            ("atop", DatasetKind.Atop, SharedCorpus.Data("atop", "atop5_1m.csv")),
            ("gdelt", DatasetKind.Gdelt, SharedCorpus.Data("gdelt", "gdelt1_daily_events_sample_20160728.tsv")),
        };
        foreach (var (name, _, path) in files)
        {
            var runs = Enumerable.Range(0, 2)
                .Select(_ => CasusProcess.Start(_database.ConnectionString, null, "--no-starter", "import", name, path))
                .ToList();
            foreach (var process in runs)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"casus import {name} did not finish");
                var stderr = process.StandardError.ReadToEnd();
                Assert.True(process.ExitCode == 0, $"casus import {name} exited {process.ExitCode}: {stderr}");
                process.Dispose();
            }
        }

        using var reference = new Casus.Store.Tests.Support.MemoryStore();
        foreach (var (_, kind, path) in files) Importing.Run(reference, kind, path);
        using var shared = new PostgresStore(_database.ConnectionString);
        var imported = shared.Documents().Where(d => d.Origin.StartsWith("atop:", StringComparison.Ordinal) || d.Origin.StartsWith("gdelt:", StringComparison.Ordinal)).ToList();
        Assert.Equal(reference.Counts().Documents, imported.Count);
        Assert.Equal(reference.Counts().TieClaims, imported.Sum(d => d.TieClaims));
    }
}
