using Casus.Testing;
using Npgsql;

namespace Casus.Store.Postgres.Tests;

/// <summary>
/// A fresh, empty schema on the test server named by <c>CASUS_TEST_PG</c> (<c>.ci/postgres.sh</c>
/// starts one and exports it), dropped when the test ends. Without the variable every test here
/// fails with a message saying so — under CI and outside it — because a skipped store test
/// would let a broken PostgreSQL backend pass.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public PostgresTestDatabase()
    {
        var server = Environment.GetEnvironmentVariable("CASUS_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException("CASUS_TEST_PG is not set" + (SharedCorpus.IsCi ? " under CI" : "") +
                ": start a server with '. .ci/postgres.sh' (it exports the variable) and run the tests again.");
        Server = PostgresConnectionString.Normalise(server);
        Schema = "casus_t_" + Guid.NewGuid().ToString("N")[..12];
        Execute($"CREATE SCHEMA {Schema}");
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { SearchPath = Schema }.ConnectionString;
    }

    public string Server { get; }

    public string Schema { get; }

    /// <summary>Connection string whose search path is this test's schema.</summary>
    public string ConnectionString { get; }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Execute($"DROP SCHEMA IF EXISTS {Schema} CASCADE"); } catch (NpgsqlException) { }
    }
}
