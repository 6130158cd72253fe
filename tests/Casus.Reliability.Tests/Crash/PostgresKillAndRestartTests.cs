using Casus.Reliability.Tests.Batch;
using Casus.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Casus.Reliability.Tests.Crash;

/// <summary>
/// The kill-and-restart harness against PostgreSQL (<c>CASUS_TEST_PG</c>, exported by <c>.ci/run</c>):
/// each database is a fresh schema on the test server; the expectation is the same clean SQLite run,
/// because what a document yields does not depend on where it is stored. Like the PostgreSQL store
/// tests, it fails rather than skips when the server is not configured.
/// </summary>
public sealed class PostgresKillAndRestartTests(CleanBatch batch, ITestOutputHelper output) : IClassFixture<CleanBatch>, IDisposable
{
    private const int Rounds = 25;
    private readonly List<string> _schemas = [];

    [Fact]
    public void Killed_ingest_into_postgres_leaves_only_whole_documents_and_a_rerun_completes_the_batch()
    {
        var window = Math.Max(300, (int)batch.CleanDuration.TotalMilliseconds);
        var result = KillLoop.Run(Rounds, CleanBatch.Seed, window, batch.Clean, NewSchema, DatabaseSnapshot.ReadStore, "ingest", batch.Folder);

        output.WriteLine($"{Rounds} rounds in a {window} ms window: {result.Killed} killed, {result.Partial} left a partial batch, {result.Completed} completed");
        Assert.True(result.Partial >= Rounds / 5, $"only {result.Partial} kills left a partial batch; kills are not landing mid-batch");
        var rerun = CasusProcess.Run(result.LastDatabase, "ingest", batch.Folder);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        var final = DatabaseSnapshot.ReadStore(result.LastDatabase);
        Assert.Empty(final.ViolationsAgainst(batch.Clean));
        Assert.Equal((batch.Clean.Documents.Count, batch.Clean.TieClaims, batch.Clean.StateClaims), (final.Documents.Count, final.TieClaims, final.StateClaims));
    }

    private string NewSchema()
    {
        var schema = "casus_kill_" + Guid.NewGuid().ToString("N")[..10];
        Execute($"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ConnectionString;
    }

    private static string Server =>
        Environment.GetEnvironmentVariable("CASUS_TEST_PG") is { Length: > 0 } server
            ? Casus.Store.Postgres.PostgresConnectionString.Normalise(server)
            : throw new InvalidOperationException("CASUS_TEST_PG is not set" + (SharedCorpus.IsCi ? " under CI" : "") +
                ": start a server with '. .ci/postgres.sh' (it exports the variable) and run the tests again.");

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var schema in _schemas)
            try { Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE"); } catch (NpgsqlException) { }
    }
}
