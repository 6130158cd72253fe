using Casus.Testing;
using Microsoft.Data.Sqlite;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// Issue 16, items 6–8: damaged databases (one bad row, a truncated file) are one line and exit 1,
/// never 70, and <c>backup</c> still saves what it can; nothing is written into another program's
/// SQLite file, an empty file or a damaged one; <c>--out</c> and <c>backup</c> never rename over a
/// symlink or a device, and a full disk is an error.
/// </summary>
public sealed class DamagedDatabaseTests(BaseDatabase baseDb) : IClassFixture<BaseDatabase>
{
    private const string Good = "date 2025-01-02 Russia signed a treaty with Iran in the fictional city of Orlesk.";

    [Theory]
    [InlineData("tie_claims", "type = 'frobnicate'", "frobnicate")]
    [InlineData("tie_claims", "valid_from = '2025-99-99'", "2025-99-99")]
    [InlineData("tie_claims", "source = ''", "empty")]
    [InlineData("state_claims", "kind = 'zzz'", "zzz")]
    public void One_bad_row_is_one_line_exit_one_and_backup_saves_the_rest(string table, string set, string named)
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        Sql(db, $"UPDATE {table} SET {set} WHERE id = (SELECT MIN(id) FROM {table})");
        var before = CasusProcess.FileHash(db);

        var read = CasusProcess.Run(db, "export", "json");
        Assert.Equal(1, read.ExitCode);
        var line = Assert.Single(read.StderrLines);
        Assert.Contains("damaged", line);
        Assert.Contains(named, line);
        Assert.Equal(before, CasusProcess.FileHash(db));

        var backup = dir.File("saved.jsonl");
        var saved = CasusProcess.Run(db, "backup", backup);
        Assert.Equal(1, saved.ExitCode);
        Assert.Contains("1 damaged row left out", Assert.Single(saved.StderrLines));
        var restored = dir.File("restored.db");
        Assert.Equal(0, CasusProcess.Run(restored, "--no-starter", "restore", backup).ExitCode);
        Assert.Equal(Count(db, "documents"), Count(restored, "documents"));
        Assert.Equal(Count(db, table) - 1, Count(restored, table));
        Assert.Equal(before, CasusProcess.FileHash(db));
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("ties Iran")]
    [InlineData("backup BACKUP")]
    [InlineData("ingest ARTICLE")]
    public void Truncated_file_is_one_line_and_exit_one_and_ingest_does_not_claim_success(string command)
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        Checkpoint(db);
        var bytes = File.ReadAllBytes(db);
        File.WriteAllBytes(db, bytes[..(bytes.Length / 2)]);
        var article = dir.Write("good.txt", Good);
        var run = CasusProcess.Run(db, command.Replace("BACKUP", dir.File("b.jsonl")).Replace("ARTICLE", article).Split(' '));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("damaged", Assert.Single(run.StderrLines));
        Assert.DoesNotContain("added", run.Stdout);
    }

    [Fact]
    public void Ingest_into_a_file_with_a_damaged_page_writes_nothing()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        Checkpoint(db);
        // Scribble over a page in the middle of the file (a claim or index page), leaving the schema readable.
        var bytes = File.ReadAllBytes(db);
        var page = 4096;
        var middle = bytes.Length / page / 2 * page;
        for (var i = middle + 8; i < middle + page; i++) bytes[i] = 0x5A;
        File.WriteAllBytes(db, bytes);
        var before = CasusProcess.FileHash(db);
        var run = CasusProcess.Run(db, "ingest", dir.Write("good.txt", Good));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("damaged", Assert.Single(run.StderrLines));
        Assert.Equal(before, CasusProcess.FileHash(db));
    }

    [Fact]
    public void Another_program_s_sqlite_file_gets_nothing_written()
    {
        using var dir = new TempDir();
        var foreign = dir.File("accounts.sqlite");
        Sql(foreign, "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users(name) VALUES ('ann');");
        var before = CasusProcess.FileHash(foreign);
        foreach (var args in new[] { new[] { "actors" }, ["ingest", dir.Write("good.txt", Good)] })
        {
            var run = CasusProcess.Run(foreign, args);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("another program", Assert.Single(run.StderrLines));
        }
        Assert.Equal(before, CasusProcess.FileHash(foreign));
        Assert.False(File.Exists(foreign + "-wal"));
    }

    [Fact]
    public void Empty_file_is_refused_and_stays_empty()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.db", "");
        var run = CasusProcess.Run(empty, "actors");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty file", Assert.Single(run.StderrLines));
        Assert.Equal(0, new FileInfo(empty).Length);
    }

    [Fact]
    public void A_database_a_killed_casus_was_creating_is_finished_on_the_next_run_not_refused_as_empty()
    {
        using var dir = new TempDir();
        // What a casus killed between opening its new database in WAL mode and its first checkpoint leaves:
        // an empty main file with the log and shared-memory files beside it (a user's placeholder has neither).
        var db = dir.Write("killed.db", "");
        File.WriteAllBytes(db + "-wal", []);
        File.WriteAllBytes(db + "-shm", []);
        var run = CasusProcess.Run(db, "actors");
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(db).Length > 0 || new FileInfo(db + "-wal").Length > 0, "the schema was not written");
        Assert.Equal(0, CasusProcess.Run(db, "actors").ExitCode);
    }

    [Fact]
    public void Empty_db_option_is_a_usage_error()
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(baseDb.CopyTo(dir.Path), "--db", "", "actors");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--db", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Newer_data_version_is_never_refreshed_down()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        Sql(db, "UPDATE meta SET value = '9999.1.1' WHERE key = 'data_version'");
        var before = CasusProcess.FileHash(db);
        var run = CasusProcess.Run(db, "refresh");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("newer", Assert.Single(run.StderrLines));
        Assert.Equal(before, CasusProcess.FileHash(db));
        Assert.Equal("9999.1.1", Meta(db, "data_version"));
        var ties = CasusProcess.Run(db, "ties", "Iran");
        Assert.DoesNotContain(": run `casus refresh`", ties.Stderr);
        Assert.Contains("newer", ties.Stderr);
    }

    [Fact]
    public void Backup_onto_its_own_database_is_refused()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        var before = CasusProcess.FileHash(db);
        var run = CasusProcess.Run(db, "backup", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is the database", Assert.Single(run.StderrLines));
        Assert.Equal(before, CasusProcess.FileHash(db));
    }

    [Fact]
    public void Out_through_a_symlink_keeps_the_link_and_fills_its_target()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        var real = dir.Write("real.json", "old");
        var link = dir.File("link.json");
        File.CreateSymbolicLink(link, real);
        Assert.Equal(0, CasusProcess.Run(db, "export", "json", "--out", link).ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(real).TrimStart(), StringComparison.Ordinal);
        var backup = dir.Write("real.jsonl", "old");
        var backupLink = dir.File("backup-link.jsonl");
        File.CreateSymbolicLink(backupLink, backup);
        Assert.Equal(0, CasusProcess.Run(db, "backup", backupLink).ExitCode);
        Assert.NotNull(new FileInfo(backupLink).LinkTarget);
        Assert.Contains("casus-backup", File.ReadAllText(backup));
    }

    [Theory]
    [InlineData("export json --out /dev/full")]
    [InlineData("brief --out /dev/full")]
    [InlineData("backup /dev/full")]
    public void A_full_disk_is_an_error_not_a_success(string command)
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(baseDb.CopyTo(dir.Path), command.Split(' '));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/dev/full", Assert.Single(run.StderrLines));
        Assert.True(new FileInfo("/dev/full").LinkTarget is null && !File.Exists("/dev/full.partial"));
    }

    [Fact]
    public void Out_to_dev_stdout_writes_through_it()
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(baseDb.CopyTo(dir.Path), "export", "csv-ties", "--out", "/dev/stdout");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("source", run.Stdout);
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Sql(string db, string sql)
    {
        using (var connection = Open(db))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        Checkpoint(db);
    }

    private static void Checkpoint(string db)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private static long Count(string db, string table)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static string? Meta(string db, string key)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }
}
