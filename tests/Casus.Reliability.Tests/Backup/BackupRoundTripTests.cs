using Casus.Reliability.Tests.Batch;
using Casus.Store;
using Casus.Store.Backup;
using Casus.Testing;

namespace Casus.Reliability.Tests.Backup;

/// <summary><c>casus backup</c> then <c>casus restore</c> into an empty database gives back every
/// document, claim, evidence field and stored actor; a restore is idempotent and refuses garbage.</summary>
public sealed class BackupRoundTripTests
{
    [Fact]
    public void Backup_then_restore_into_an_empty_database_gives_equal_contents()
    {
        using var dir = new TempDir();
        var source = dir.File("source.db");
        var articles = Path.Combine(dir.Path, "articles");
        ArticleGenerator.Write(articles, 20, seed: 11);
        Assert.Equal(0, CasusProcess.Run(source, "ingest", articles).ExitCode);
        using (var store = StoreLocation.Open(source, out _)) RichStore.Fill(store);

        var backup = dir.File("all.jsonl");
        var saved = CasusProcess.Run(source, "backup", backup);
        Assert.True(saved.ExitCode == 0, saved.Stderr);
        var restored = dir.File("restored.db");
        var load = CasusProcess.Run(restored, "restore", backup);
        Assert.True(load.ExitCode == 0, load.Stderr);

        var expected = Contents(source);
        Assert.Contains(expected, line => line.StartsWith("tie ", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("state ", StringComparison.Ordinal));
        Assert.Equal(expected, Contents(restored));
        Assert.Equal(Meta(source, "starter"), Meta(restored, "starter"));
    }

    [Fact]
    public void Restoring_the_same_backup_twice_adds_nothing_the_second_time()
    {
        using var dir = new TempDir();
        var source = dir.File("source.db");
        using (var store = StoreLocation.Open(source, out _)) RichStore.Fill(store, documents: 4);
        var backup = dir.File("all.jsonl");
        Assert.Equal(0, CasusProcess.Run(source, "backup", backup).ExitCode);
        var target = dir.File("target.db");
        Assert.Equal(0, CasusProcess.Run(target, "restore", backup).ExitCode);
        var once = Contents(target);

        var again = CasusProcess.Run(target, "restore", backup);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("restored 0 documents (4 already present)", again.Stdout);
        Assert.Equal(once, Contents(target));
    }

    [Theory]
    [InlineData("not json at all\n", "not a Casus backup (line 1: not JSON")]
    [InlineData("{\"type\":\"document\"}\n", "not a Casus backup")]
    [InlineData("", "empty")]
    public void Restoring_garbage_is_one_line_naming_the_file_and_changes_nothing(string content, string reason)
    {
        using var dir = new TempDir();
        var db = dir.File("target.db");
        using (var store = StoreLocation.Open(db, out _)) RichStore.Fill(store, documents: 2);
        var before = CasusProcess.FileHash(db);
        var garbage = dir.Write("garbage.jsonl", content);

        var run = CasusProcess.Run(db, "restore", garbage);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("garbage.jsonl", line);
        Assert.Contains(reason, line);
        Assert.Equal(before, CasusProcess.FileHash(db));
    }

    [Fact]
    public void Backup_of_a_missing_database_is_refused_without_creating_one()
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(dir.File("absent.db"), "backup", dir.File("out.jsonl"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.db", Assert.Single(run.StderrLines));
        Assert.False(File.Exists(dir.File("absent.db")));
        Assert.False(File.Exists(dir.File("out.jsonl")));
    }

    private static IReadOnlyList<string> Contents(string db)
    {
        using var store = StoreLocation.Open(db, out _);
        return StoreContents.Describe(store);
    }

    private static string? Meta(string db, string key)
    {
        using var store = StoreLocation.Open(db, out _);
        return store.GetMeta(key);
    }
}
