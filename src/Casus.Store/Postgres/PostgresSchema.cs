using Npgsql;

namespace Casus.Store.Postgres;

/// <summary>
/// Schema creation and migration, run on first use by every process. A transaction-scoped advisory
/// lock serialises concurrent first opens (two importers starting at once), and each migration step
/// runs once, recorded as <c>schema_version</c> in <c>meta</c>. Column names follow the SQLite store so
/// the two read alike; types are PostgreSQL's own (date, jsonb, text[]).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Arbitrary constant: the advisory lock key Casus migrations hold.</summary>
    private const long MigrationLock = 0x43617375_0001;

    private static readonly string[] Migrations =
    [
        // 1: the initial schema.
        """
        CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            id text PRIMARY KEY, text text NOT NULL, title text, outlet text, author text, date date,
            url text, origin text NOT NULL, parent_id text, added_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS tie_claims (
            id bigserial PRIMARY KEY,
            document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source text NOT NULL, target text NOT NULL, type text NOT NULL, sign smallint NOT NULL,
            modality text NOT NULL, attribution text, valid_from date, valid_until date, clauses jsonb,
            condition text, condition_actor text, cue text,
            ev_document text NOT NULL, ev_sentence text NOT NULL, ev_start int NOT NULL, ev_end int NOT NULL,
            ev_outlet text, ev_date date, ev_extractor text NOT NULL, ev_lexicon text NOT NULL, ev_url text,
            CHECK (ev_start >= 0 AND ev_end >= ev_start));
        CREATE TABLE IF NOT EXISTS state_claims (
            id bigserial PRIMARY KEY,
            document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor text NOT NULL, kind text NOT NULL, modality text NOT NULL, quantity double precision,
            attribution text, valid_from date, valid_until date, context text, cue text,
            ev_document text NOT NULL, ev_sentence text NOT NULL, ev_start int NOT NULL, ev_end int NOT NULL,
            ev_outlet text, ev_date date, ev_extractor text NOT NULL, ev_lexicon text NOT NULL, ev_url text,
            CHECK (ev_start >= 0 AND ev_end >= ev_start));
        CREATE TABLE IF NOT EXISTS actors (
            id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, aliases text[] NOT NULL, part_of text[] NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_tie_claims_source ON tie_claims(source);
        CREATE INDEX IF NOT EXISTS ix_tie_claims_target ON tie_claims(target);
        CREATE INDEX IF NOT EXISTS ix_tie_claims_document ON tie_claims(document_id);
        CREATE INDEX IF NOT EXISTS ix_state_claims_actor ON state_claims(actor);
        CREATE INDEX IF NOT EXISTS ix_state_claims_document ON state_claims(document_id);
        """,
    ];

    public static int Version => Migrations.Length;

    /// <summary>Brings the database to <see cref="Version"/>; true when this call created the schema.</summary>
    public static bool Ensure(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        var current = CurrentVersion(connection, tx);
        for (var step = current; step < Migrations.Length; step++)
            Execute(connection, tx, Migrations[step]);
        if (current < Migrations.Length)
            Execute(connection, tx, $"INSERT INTO meta(key, value) VALUES ('schema_version', '{Migrations.Length}') " +
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        tx.Commit();
        return current == 0;
    }

    private static int CurrentVersion(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass('meta') IS NOT NULL", connection, tx);
        if (!(bool)exists.ExecuteScalar()!) return 0;
        using var read = new NpgsqlCommand("SELECT value FROM meta WHERE key = 'schema_version'", connection, tx);
        return read.ExecuteScalar() is string v && int.TryParse(v, out var n) ? n : 0;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, tx);
        command.ExecuteNonQuery();
    }
}
