using Microsoft.Data.Sqlite;

namespace Casus.Reliability.Tests.Batch;

/// <summary>How many claims one stored document has.</summary>
public readonly record struct ClaimCounts(int Ties, int States);

/// <summary>
/// What a SQLite database holds, read with plain SQL after its writers have stopped (or been
/// killed): each document with its claim counts, claims whose document is missing, and SQLite's
/// own integrity verdict. Reading raw rows rather than through the store means a store bug cannot
/// hide itself.
/// </summary>
public sealed record DatabaseSnapshot(
    IReadOnlyDictionary<string, ClaimCounts> Documents,
    int OrphanClaims,
    string Integrity)
{
    public int TieClaims => Documents.Values.Sum(c => c.Ties);

    public int StateClaims => Documents.Values.Sum(c => c.States);

    public static DatabaseSnapshot Read(string path)
    {
        if (!File.Exists(path)) return new DatabaseSnapshot(new Dictionary<string, ClaimCounts>(), 0, "ok");
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        // A process killed before it created the schema leaves an empty file: that is "no documents".
        if (Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'") == 0)
            return new DatabaseSnapshot(new Dictionary<string, ClaimCounts>(), 0, Text(connection, "PRAGMA integrity_check"));
        var documents = new Dictionary<string, ClaimCounts>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT d.id,
                       (SELECT COUNT(*) FROM tie_claims t WHERE t.document_id = d.id),
                       (SELECT COUNT(*) FROM state_claims s WHERE s.document_id = d.id)
                FROM documents d
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) documents[reader.GetString(0)] = new ClaimCounts(reader.GetInt32(1), reader.GetInt32(2));
        }
        var orphans = Scalar(connection, "SELECT COUNT(*) FROM tie_claims WHERE document_id NOT IN (SELECT id FROM documents)")
                    + Scalar(connection, "SELECT COUNT(*) FROM state_claims WHERE document_id NOT IN (SELECT id FROM documents)");
        return new DatabaseSnapshot(documents, (int)orphans, Text(connection, "PRAGMA integrity_check"));
    }

    /// <summary>The same view through the store interface, for backends without a file to read
    /// (PostgreSQL): per-document claim counts only; the store's foreign keys rule out orphans.</summary>
    public static DatabaseSnapshot ReadStore(string db)
    {
        using var store = Casus.Store.StoreLocation.Open(db, out _);
        return new DatabaseSnapshot(store.Documents().ToDictionary(d => d.Id, d => new ClaimCounts(d.TieClaims, d.StateClaims)), 0, "ok");
    }

    /// <summary>Every problem that makes this database violate "each document whole or absent",
    /// judged against a clean run of the same batch; empty when it holds.</summary>
    public IReadOnlyList<string> ViolationsAgainst(DatabaseSnapshot clean)
    {
        var problems = new List<string>();
        if (Integrity != "ok") problems.Add("integrity_check: " + Integrity);
        if (OrphanClaims > 0) problems.Add($"{OrphanClaims} claims without their document");
        foreach (var (id, counts) in Documents)
        {
            if (!clean.Documents.TryGetValue(id, out var expected)) problems.Add($"document {id} is not one the clean run stores");
            else if (counts != expected) problems.Add($"document {id} has {counts.Ties}+{counts.States} claims, a clean run stores {expected.Ties}+{expected.States}");
        }
        return problems;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
