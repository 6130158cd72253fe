using Casus.Core;
using Casus.Store.Postgres;
using Casus.Store.Sqlite;

namespace Casus.Store;

/// <summary>
/// Turns a <c>--db</c> value into a store: <c>postgres://…</c> / <c>postgresql://…</c> or a
/// <c>Host=…</c> connection string means PostgreSQL, anything else is a SQLite file path.
/// </summary>
public static class StoreLocation
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (and creates on first use) the store at <paramref name="db"/>.</summary>
    /// <param name="created">True when this call created a new, empty database.</param>
    public static ICasusStore Open(string db, out bool created)
    {
        if (IsPostgres(db))
        {
            var postgres = new PostgresStore(db); // connection failures are InputExceptions with the password redacted
            created = postgres.Created;
            return postgres;
        }
        if (Directory.Exists(db))
            throw new InputException($"--db '{db}': is a directory; give a database file path");
        try
        {
            var store = new SqliteStore(db);
            created = store.Created;
            return store;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode == 11)
        {
            throw new InputException($"--db '{db}': damaged database ({e.Message.ReplaceLineEndings(" ")}); `casus backup FILE` may save what can still be read");
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 26 or 14 or 8)
        {
            // 26 NOTADB, 14 CANTOPEN, 8 READONLY: the user's path, not our bug.
            throw new InputException($"--db '{db}': cannot open as a Casus database ({e.SqliteErrorCode switch { 26 => "not a SQLite file", 8 => "read-only", _ => "cannot open file" }})");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"--db '{db}': permission denied");
        }
    }

    /// <summary>Connection strings carry passwords; messages must not.</summary>
    public static string Redact(string db) =>
        System.Text.RegularExpressions.Regex.Replace(db, @"(://[^:/@]+:)[^@]*@|(Password=)[^;]*", m => m.Groups[1].Success ? m.Groups[1].Value + "***@" : m.Groups[2].Value + "***",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
