using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Core.Knowledge;
using Casus.Store.Serialization;
using Microsoft.Data.Sqlite;
using static Casus.Store.Sqlite.SqliteClaimRows;

namespace Casus.Store.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Each document is written with all its
/// claims in one IMMEDIATE transaction, and its insert is <c>ON CONFLICT DO NOTHING</c>, so a
/// crash leaves whole documents only and two processes racing on the same document store it once.
/// </summary>
public sealed partial class SqliteStore : ICasusStore
{
    private readonly SqliteConnection _connection;

    public SqliteStore(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        Location = "sqlite:" + full;
        FilePath = full;
        var emptyBefore = EmptyFile(full);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // the file is released on Dispose, so tests and backups can touch it
            DefaultTimeout = 30,
        }.ToString();
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        try
        {
            Created = SqliteSchema.Ensure(_connection, full, emptyBefore);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An empty file at the path is not a new database: it may be a placeholder of the user's, or a Casus
    /// database truncated to nothing, and making it a fresh one (with the starter) would hide that. Another
    /// casus creating the file this very moment leaves it empty for a few milliseconds, so it is given a second.
    /// An empty file with a write-ahead log or shared-memory file beside it is a database in WAL mode whose pages
    /// never reached the main file (a casus killed before its first checkpoint): SQLite recovers it from the log,
    /// and the schema check that follows still refuses it if it is not Casus's.
    /// </summary>
    private static bool EmptyFile(string path)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > 0) return false;
            if (File.Exists(path + "-wal") || File.Exists(path + "-shm")) return false;
            Thread.Sleep(100);
        }
        return true;
    }

    public string Location { get; }

    public string FilePath { get; }

    /// <summary>True when opening this store created its schema (a new database).</summary>
    public bool Created { get; }

    public bool HasDocument(string documentId) =>
        Scalar<long>("SELECT COUNT(*) FROM documents WHERE id = $id", ("$id", documentId)) > 0;

    public bool AddDocument(Document document, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states)
    {
        using var tx = _connection.BeginTransaction(); // IMMEDIATE: takes the write lock up front
        if (!InsertDocument(tx, document))
        {
            tx.Rollback();
            return false;
        }
        InsertTies(_connection, tx, document.Id, ties);
        InsertStates(_connection, tx, document.Id, states);
        tx.Commit();
        return true;
    }

    /// <summary>One transaction for the whole batch (imports write thousands of small documents);
    /// each document is still stored with all its claims or not at all, and duplicates are skipped.</summary>
    public int AddDocuments(IReadOnlyList<DocumentWithClaims> batch)
    {
        using var tx = _connection.BeginTransaction();
        var added = 0;
        foreach (var (document, ties, states) in batch)
        {
            if (!InsertDocument(tx, document)) continue;
            InsertTies(_connection, tx, document.Id, ties);
            InsertStates(_connection, tx, document.Id, states);
            added++;
        }
        tx.Commit();
        return added;
    }

    /// <summary>Inserts the document row unless its id is stored; false means "already there, write nothing".</summary>
    private bool InsertDocument(SqliteTransaction tx, Document document)
    {
        using var insert = _connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO documents(id, text, title, outlet, author, date, url, origin, parent_id, added_at)
            VALUES ($id, $text, $title, $outlet, $author, $date, $url, $origin, $parent, $added)
            ON CONFLICT(id) DO NOTHING;
            """;
        Add(insert, "$id", document.Id);
        Add(insert, "$text", document.Text);
        Add(insert, "$title", document.Title);
        Add(insert, "$outlet", document.Outlet);
        Add(insert, "$author", document.Author);
        Add(insert, "$date", StoredValues.Date(document.Date));
        Add(insert, "$url", document.Url);
        Add(insert, "$origin", document.Origin);
        Add(insert, "$parent", document.ParentId);
        Add(insert, "$added", DateTimeOffset.UtcNow.ToString("O"));
        return insert.ExecuteNonQuery() == 1;
    }

    public void UpsertActors(IEnumerable<Actor> actors)
    {
        using var tx = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO actors(id, name, kind, aliases, part_of) VALUES ($id, $name, $kind, $aliases, $partof)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, part_of = excluded.part_of;
            """;
        foreach (var actor in actors)
        {
            command.Parameters.Clear();
            Add(command, "$id", actor.Id.Value);
            Add(command, "$name", actor.Name);
            Add(command, "$kind", StoredValues.Kind(actor.Kind));
            Add(command, "$aliases", StoredValues.List(actor.Aliases));
            Add(command, "$partof", StoredValues.List(actor.PartOf.Select(p => p.Value)));
            command.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public IReadOnlyList<Actor> StoredActors() => Query("SELECT id, name, kind, aliases, part_of FROM actors ORDER BY id", row => new Actor(
        new ActorId(row.GetString(0)),
        row.GetString(1),
        StoredValues.ParseKind(row.GetString(2)),
        StoredValues.ParseList(row.GetString(3)),
        StoredValues.ParseList(row.GetString(4)).Select(p => new ActorId(p)).ToList()));

    public IReadOnlyList<DocumentSummary> Documents() => Query("""
        SELECT d.id, d.title, d.outlet, d.date, d.origin, d.parent_id,
               (SELECT COUNT(*) FROM tie_claims t WHERE t.document_id = d.id),
               (SELECT COUNT(*) FROM state_claims s WHERE s.document_id = d.id)
        FROM documents d ORDER BY d.date, d.id
        """, row => new DocumentSummary(row.GetString(0), Text(row, 1), Text(row, 2), StoredValues.ParseDate(Text(row, 3)),
            row.GetString(4), Text(row, 5), row.GetInt32(6), row.GetInt32(7)));

    public DocumentSummary? DocumentSummaryOf(string documentId) => Query("""
        SELECT d.id, d.title, d.outlet, d.date, d.origin, d.parent_id,
               (SELECT COUNT(*) FROM tie_claims t WHERE t.document_id = d.id),
               (SELECT COUNT(*) FROM state_claims s WHERE s.document_id = d.id)
        FROM documents d WHERE d.id = $id
        """, row => new DocumentSummary(row.GetString(0), Text(row, 1), Text(row, 2), StoredValues.ParseDate(Text(row, 3)),
            row.GetString(4), Text(row, 5), row.GetInt32(6), row.GetInt32(7)), ("$id", documentId)).FirstOrDefault();

    public Document? GetDocument(string documentId) => Query(
        "SELECT id, text, title, outlet, author, date, url, origin, parent_id FROM documents WHERE id = $id",
        row => new Document(row.GetString(0), row.GetString(1), Text(row, 2), Text(row, 3), Text(row, 4),
            StoredValues.ParseDate(Text(row, 5)), Text(row, 6), row.GetString(7), Text(row, 8)),
        ("$id", documentId)).FirstOrDefault();

    public KnowledgeBase LoadKnowledge(IEnumerable<Actor> lexiconActors)
    {
        // Lexicon actors come first so the shipped names win over any stored copy of the same id.
        var actors = lexiconActors.Concat(StoredActors());
        var ties = Query($"SELECT {TieColumns} FROM tie_claims ORDER BY id", ReadTie);
        var states = Query($"SELECT {StateColumns} FROM state_claims ORDER BY id", ReadState);
        return new KnowledgeBase(actors, ties, states);
    }

    /// <summary>From the source/target indexes; the actor ids travel as one JSON array parameter.</summary>
    public IReadOnlyList<Keyed<TieClaim>> TieClaimsTouching(IReadOnlyCollection<ActorId> actors, ClaimEnd end = ClaimEnd.Either, TieType? type = null)
    {
        if (actors.Count == 0) return [];
        const string ids = "(SELECT value FROM json_each($ids))";
        var where = end switch
        {
            ClaimEnd.Source => $"source IN {ids}",
            ClaimEnd.Target => $"target IN {ids}",
            _ => $"id IN (SELECT id FROM tie_claims WHERE source IN {ids} UNION SELECT id FROM tie_claims WHERE target IN {ids})",
        };
        if (type is not null) where += " AND type = $type";
        var keyAt = ColumnCount(TieColumns);
        return Query($"SELECT {TieColumns}, id FROM tie_claims WHERE {where} ORDER BY id",
            row => new Keyed<TieClaim>(row.GetInt64(keyAt), ReadTie(row)),
            [("$ids", IdsJson(actors)), .. type is { } t ? [("$type", (object)t.ToSnake())] : Array.Empty<(string, object)>()]);
    }

    /// <summary>The two index scans meet on row ids before any row is read: a hub among the actors costs its
    /// index entries, not its rows.</summary>
    public IReadOnlyList<Keyed<TieClaim>> TieClaimsAmong(IReadOnlyCollection<ActorId> actors)
    {
        if (actors.Count == 0) return [];
        const string ids = "(SELECT value FROM json_each($ids))";
        var keyAt = ColumnCount(TieColumns);
        return Query($"SELECT {TieColumns}, id FROM tie_claims WHERE id IN (SELECT id FROM tie_claims WHERE source IN {ids} " +
                     $"INTERSECT SELECT id FROM tie_claims WHERE target IN {ids}) ORDER BY id",
            row => new Keyed<TieClaim>(row.GetInt64(keyAt), ReadTie(row)), ("$ids", IdsJson(actors)));
    }

    public IReadOnlyList<Keyed<StateClaim>> StateClaimsOf(IReadOnlyCollection<ActorId> actors)
    {
        if (actors.Count == 0) return [];
        var keyAt = ColumnCount(StateColumns);
        return Query($"SELECT {StateColumns}, id FROM state_claims WHERE actor IN (SELECT value FROM json_each($ids)) ORDER BY id",
            row => new Keyed<StateClaim>(row.GetInt64(keyAt), ReadState(row)), ("$ids", IdsJson(actors)));
    }

    private static int ColumnCount(string columns) => columns.Count(c => c == ',') + 1;

    private static string IdsJson(IReadOnlyCollection<ActorId> actors) =>
        System.Text.Json.JsonSerializer.Serialize(actors.Select(a => a.Value));

    public StoreCounts Counts() => new(
        (int)Scalar<long>("SELECT COUNT(*) FROM documents"),
        (int)Scalar<long>("SELECT COUNT(*) FROM tie_claims"),
        (int)Scalar<long>("SELECT COUNT(*) FROM state_claims"),
        (int)Scalar<long>("SELECT COUNT(*) FROM actors"));

    public string? GetMeta(string key) =>
        Query("SELECT value FROM meta WHERE key = $key", row => row.GetString(0), ("$key", key)).FirstOrDefault();

    public void SetMeta(string key, string value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        Add(command, "$key", key);
        Add(command, "$value", value);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>When set (<c>casus backup</c>), a row that cannot be read is left out and counted here instead of
    /// failing the whole read, so a damaged database still yields everything else.</summary>
    public SalvageLog? Salvage { get; set; }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        var rows = new List<T>();
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) Add(command, name, value);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                T row;
                try
                {
                    row = map(reader);
                }
                catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException or InvalidCastException
                                              or System.Text.Json.JsonException or OverflowException or InvalidOperationException or KeyNotFoundException)
                {
                    // A row Casus never writes (edited by hand, another program, a flipped bit in a value).
                    var reason = e.Message.Split('\n')[0].TrimEnd('.');
                    if (Salvage is not { } salvage) throw Damaged($"a row in {TableOf(sql)} cannot be read ({reason})");
                    salvage.Skipped(TableOf(sql), reason);
                    continue;
                }
                rows.Add(row);
            }
        }
        catch (SqliteException e) when (IsDamage(e))
        {
            if (Salvage is not { } salvage) throw Damaged(e.Message);
            salvage.Stopped(TableOf(sql), e.Message);
        }
        return rows;
    }

    /// <summary>SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file, not the query, is broken.</summary>
    internal static bool IsDamage(SqliteException e) => e.SqliteErrorCode is 11 or 26;

    private Casus.Core.InputException Damaged(string what) =>
        new($"--db '{FilePath}': damaged database: {what.ReplaceLineEndings(" ")}; `casus backup FILE` saves what can still be read");

    /// <summary>The table a query reads: the last FROM (the main one comes after any counting subqueries in its select list).</summary>
    private static string TableOf(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, @"\bFROM\s+(\w+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Count: > 0 } m
            ? m[^1].Groups[1].Value : "a table";

    /// <summary>
    /// <c>PRAGMA quick_check</c> before a command writes: SQLite would otherwise add a document to a file
    /// whose other pages are damaged and report success. Reads every page once (about a second per GB).
    /// </summary>
    public void CheckIntegrity()
    {
        string verdict;
        try
        {
            verdict = Scalar<string>("PRAGMA quick_check(1)");
        }
        catch (SqliteException e) when (IsDamage(e))
        {
            throw Damaged(e.Message);
        }
        if (verdict != "ok") throw Damaged($"integrity check: {verdict}; nothing was written");
    }

    private T Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) Add(command, name, value);
        return (T)command.ExecuteScalar()!;
    }
}
