using Microsoft.Data.Sqlite;

namespace Casus.Store.Sqlite;

/// <summary>
/// The SQLite schema, created on first use. Every statement is idempotent (IF NOT EXISTS) so two
/// processes opening a fresh file at once both succeed; <c>schema_version</c> in <c>meta</c>
/// tells a later build what it is reading.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS documents (
            id        TEXT PRIMARY KEY,
            text      TEXT NOT NULL,
            title     TEXT,
            outlet    TEXT,
            author    TEXT,
            date      TEXT,
            url       TEXT,
            origin    TEXT NOT NULL,
            parent_id TEXT,
            added_at  TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS tie_claims (
            id              INTEGER PRIMARY KEY,
            document_id     TEXT NOT NULL REFERENCES documents(id),
            source          TEXT NOT NULL,
            target          TEXT NOT NULL,
            type            TEXT NOT NULL,
            sign            INTEGER NOT NULL,
            modality        TEXT NOT NULL,
            attribution     TEXT,
            valid_from      TEXT,
            valid_until     TEXT,
            clauses         TEXT,
            condition       TEXT,
            condition_actor TEXT,
            cue             TEXT,
            ev_document     TEXT NOT NULL,
            ev_sentence     TEXT NOT NULL,
            ev_start        INTEGER NOT NULL,
            ev_end          INTEGER NOT NULL,
            ev_outlet       TEXT,
            ev_date         TEXT,
            ev_extractor    TEXT NOT NULL,
            ev_lexicon      TEXT NOT NULL,
            ev_url          TEXT
        );
        CREATE TABLE IF NOT EXISTS state_claims (
            id           INTEGER PRIMARY KEY,
            document_id  TEXT NOT NULL REFERENCES documents(id),
            actor        TEXT NOT NULL,
            kind         TEXT NOT NULL,
            modality     TEXT NOT NULL,
            quantity     REAL,
            attribution  TEXT,
            valid_from   TEXT,
            valid_until  TEXT,
            context      TEXT,
            cue          TEXT,
            ev_document  TEXT NOT NULL,
            ev_sentence  TEXT NOT NULL,
            ev_start     INTEGER NOT NULL,
            ev_end       INTEGER NOT NULL,
            ev_outlet    TEXT,
            ev_date      TEXT,
            ev_extractor TEXT NOT NULL,
            ev_lexicon   TEXT NOT NULL,
            ev_url       TEXT
        );
        CREATE TABLE IF NOT EXISTS actors (
            id      TEXT PRIMARY KEY,
            name    TEXT NOT NULL,
            kind    TEXT NOT NULL,
            aliases TEXT NOT NULL,
            part_of TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_tie_claims_source ON tie_claims(source);
        CREATE INDEX IF NOT EXISTS ix_tie_claims_target ON tie_claims(target);
        CREATE INDEX IF NOT EXISTS ix_tie_claims_document ON tie_claims(document_id);
        CREATE INDEX IF NOT EXISTS ix_state_claims_actor ON state_claims(actor);
        CREATE INDEX IF NOT EXISTS ix_state_claims_document ON state_claims(document_id);
        """;

    /// <summary>Sets connection pragmas and creates the schema. Returns true when this call created it.</summary>
    /// <param name="emptyBefore">The file existed and was empty before it was opened: refused, not made a database.</param>
    public static bool Ensure(SqliteConnection connection, string path, bool emptyBefore = false)
    {
        Execute(connection, "PRAGMA busy_timeout = 30000;");
        if (emptyBefore)
            throw new Casus.Core.InputException($"--db '{path}': an empty file, not a Casus database (Casus creates its database itself: give a path that does not exist yet, or delete the empty file)");
        RefuseForeign(connection, path);
        // WAL lets readers run during an ingest; a crash leaves the last committed document intact.
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        Execute(connection, "PRAGMA foreign_keys = ON;");
        // A hub's claims are spread over the whole file (stored per document): with the default 2 MB
        // page cache, an actor-scoped read is one pread per row. Memory-mapping the file (up to
        // 1 GB of address space, the OS page cache backs it) and a 64 MB cache make those reads
        // memory accesses (measured: docs/benchmarks.md, "Scenario through the store").
        Execute(connection, "PRAGMA mmap_size = 1073741824;");
        Execute(connection, "PRAGMA cache_size = -65536;");

        using var tx = connection.BeginTransaction(); // BEGIN IMMEDIATE: one creator at a time
        Execute(connection, Ddl, tx);
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO meta(key, value) VALUES ('schema_version', $v) ON CONFLICT(key) DO NOTHING;";
        insert.Parameters.AddWithValue("$v", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var created = insert.ExecuteNonQuery() == 1;
        tx.Commit();
        return created;
    }

    /// <summary>
    /// Another program's SQLite file gets nothing written into it (no Casus tables, no starter, not even WAL
    /// mode): a database with tables of its own and no Casus <c>meta.schema_version</c> is refused before any
    /// pragma that writes. A file with no tables at all is new (just created, here or by a concurrent casus).
    /// </summary>
    private static void RefuseForeign(SqliteConnection connection, string path)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        if (tables.Count == 0) return;
        if (tables.Contains("meta"))
        {
            using var version = connection.CreateCommand();
            version.CommandText = "SELECT COUNT(*) FROM meta WHERE key = 'schema_version'";
            try
            {
                if ((long)version.ExecuteScalar()! > 0) return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 1)
            {
                // A "meta" table without Casus's columns: someone else's.
            }
        }
        var shown = string.Join(", ", tables.Take(5)) + (tables.Count > 5 ? $", … ({tables.Count} tables)" : "");
        throw new Casus.Core.InputException($"--db '{path}': a SQLite database of another program (tables: {shown}), not a Casus database; nothing was written to it");
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
