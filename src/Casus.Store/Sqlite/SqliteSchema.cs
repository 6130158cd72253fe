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
    public static bool Ensure(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA busy_timeout = 30000;");
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

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
