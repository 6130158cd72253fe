using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Core.Knowledge;
using Npgsql;
using NpgsqlTypes;
using static Casus.Store.Postgres.PostgresClaimRows;

namespace Casus.Store.Postgres;

/// <summary>
/// The shared-server store. Each write is one transaction; documents go in with
/// <c>INSERT … ON CONFLICT DO NOTHING</c>, and only the documents that insert actually created get
/// their claims copied, so several processes ingesting the same files at once store each document
/// once. A batch inserts its documents in id order, so concurrent batches take row locks in the same
/// order and cannot deadlock each other.
/// </summary>
public sealed partial class PostgresStore : ICasusStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionStringOrUrl)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalise(connectionStringOrUrl));
        Location = $"postgres:{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            Created = PostgresSchema.Ensure(_dataSource);
        }
        catch (NpgsqlException e) when (e is not PostgresException || ((PostgresException)e).SqlState is "3D000" or "28P01" or "28000")
        {
            _dataSource.Dispose();
            throw new InputException($"--db '{PostgresConnectionString.Redact(connectionStringOrUrl)}': cannot connect to PostgreSQL ({e.Message.Split('\n')[0]})");
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }
    }

    public string Location { get; }

    /// <summary>True when opening this store created its schema.</summary>
    public bool Created { get; }

    public bool HasDocument(string documentId) =>
        Scalar<bool>("SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)", documentId);

    public bool AddDocument(Document document, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states) =>
        AddDocuments([new DocumentWithClaims(document, ties, states)]) == 1;

    public int AddDocuments(IReadOnlyList<DocumentWithClaims> batch)
    {
        if (batch.Count == 0) return 0;
        var ordered = batch.GroupBy(b => b.Document.Id).Select(g => g.First()).OrderBy(b => b.Document.Id, StringComparer.Ordinal).ToList();
        foreach (var item in ordered)
        {
            foreach (var t in item.Ties) t.Evidence.Validate();
            foreach (var s in item.States) s.Evidence.Validate();
        }
        using var connection = _dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        var inserted = InsertDocuments(connection, tx, ordered);
        if (inserted.Count > 0)
        {
            var fresh = ordered.Where(b => inserted.Contains(b.Document.Id)).ToList();
            CopyTies(connection, fresh.SelectMany(b => b.Ties.Select(t => (b.Document.Id, t))));
            if (fresh.Any(b => b.States.Count > 0))
                CopyStates(connection, fresh.SelectMany(b => b.States.Select(s => (b.Document.Id, s))));
        }
        tx.Commit();
        return inserted.Count;
    }

    private static HashSet<string> InsertDocuments(NpgsqlConnection connection, NpgsqlTransaction tx, List<DocumentWithClaims> ordered)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO documents (id, text, title, outlet, author, date, url, origin, parent_id)
            SELECT id, text, title, outlet, author, date, url, origin, parent_id FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[])
                WITH ORDINALITY AS d(id, text, title, outlet, author, date, url, origin, parent_id, n)
            ORDER BY n
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, connection, tx);
        var docs = ordered.Select(b => b.Document).ToList();
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Text).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Title).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Outlet).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Author).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Date).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Url).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.Origin).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = docs.Select(d => d.ParentId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public void UpsertActors(IEnumerable<Actor> actors)
    {
        var list = actors.GroupBy(a => a.Id).Select(g => g.Last()).OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return;
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("""
            INSERT INTO actors (id, name, kind, aliases, part_of)
            SELECT id, name, kind, ARRAY(SELECT jsonb_array_elements_text(aliases)), ARRAY(SELECT jsonb_array_elements_text(part_of))
            FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[]) AS a(id, name, kind, aliases, part_of)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, part_of = excluded.part_of
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(a => a.Id.Value).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(a => a.Name).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(a => a.Kind.ToString()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(a => System.Text.Json.JsonSerializer.Serialize(a.Aliases)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(a => System.Text.Json.JsonSerializer.Serialize(a.PartOf.Select(p => p.Value))).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<Actor> StoredActors() => Query("SELECT id, name, kind, aliases, part_of FROM actors ORDER BY id COLLATE \"C\"", r => new Actor(
        new ActorId(r.GetString(0)), r.GetString(1), Enum.Parse<ActorKind>(r.GetString(2), ignoreCase: true),
        r.GetFieldValue<string[]>(3), r.GetFieldValue<string[]>(4).Select(p => new ActorId(p)).ToList()));

    public IReadOnlyList<DocumentSummary> Documents() => Query("""
        SELECT d.id, d.title, d.outlet, d.date, d.origin, d.parent_id,
               (SELECT count(*) FROM tie_claims t WHERE t.document_id = d.id)::int,
               (SELECT count(*) FROM state_claims s WHERE s.document_id = d.id)::int
        FROM documents d ORDER BY d.date NULLS FIRST, d.id COLLATE "C"
        """, r => new DocumentSummary(r.GetString(0), Text(r, 1), Text(r, 2), Date(r, 3), r.GetString(4), Text(r, 5), r.GetInt32(6), r.GetInt32(7)));

    public DocumentSummary? DocumentSummaryOf(string documentId) => Query("""
        SELECT d.id, d.title, d.outlet, d.date, d.origin, d.parent_id,
               (SELECT count(*) FROM tie_claims t WHERE t.document_id = d.id)::int,
               (SELECT count(*) FROM state_claims s WHERE s.document_id = d.id)::int
        FROM documents d WHERE d.id = $1
        """, r => new DocumentSummary(r.GetString(0), Text(r, 1), Text(r, 2), Date(r, 3), r.GetString(4), Text(r, 5), r.GetInt32(6), r.GetInt32(7)),
        documentId).FirstOrDefault();

    public Document? GetDocument(string documentId) => Query(
        "SELECT id, text, title, outlet, author, date, url, origin, parent_id FROM documents WHERE id = $1",
        r => new Document(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Date(r, 5), Text(r, 6), r.GetString(7), Text(r, 8)),
        documentId).FirstOrDefault();

    public KnowledgeBase LoadKnowledge(IEnumerable<Actor> lexiconActors)
    {
        var actors = lexiconActors.Concat(StoredActors());
        var ties = Query($"SELECT {TieColumns} FROM tie_claims ORDER BY id", ReadTie);
        var states = Query($"SELECT {StateColumns} FROM state_claims ORDER BY id", ReadState);
        return new KnowledgeBase(actors, ties, states);
    }

    /// <summary>Claims naming one actor, from the source/target indexes: what <c>casus ties X</c> needs
    /// without loading the whole network.</summary>
    public IReadOnlyList<TieClaim> TieClaimsOf(ActorId actor) =>
        Query($"SELECT {TieColumns} FROM tie_claims WHERE source = $1 UNION ALL SELECT {TieColumns} FROM tie_claims WHERE target = $1 AND source <> $1",
            ReadTie, actor.Value);

    /// <summary>From the source/target indexes (a bitmap OR for either end); ids as one text[] parameter.</summary>
    public IReadOnlyList<Keyed<TieClaim>> TieClaimsTouching(IReadOnlyCollection<ActorId> actors, ClaimEnd end = ClaimEnd.Either, TieType? type = null)
    {
        if (actors.Count == 0) return [];
        var where = end switch
        {
            ClaimEnd.Source => "source = ANY($1)",
            ClaimEnd.Target => "target = ANY($1)",
            _ => "(source = ANY($1) OR target = ANY($1))",
        };
        object ids = actors.Select(a => a.Value).ToArray(); // one text[] parameter, not a params expansion
        var keyAt = TieColumns.Count(c => c == ',') + 1;
        return type is { } t
            ? Query($"SELECT {TieColumns}, id FROM tie_claims WHERE {where} AND type = $2 ORDER BY id", r => new Keyed<TieClaim>(r.GetInt64(keyAt), ReadTie(r)), ids, t.ToSnake())
            : Query($"SELECT {TieColumns}, id FROM tie_claims WHERE {where} ORDER BY id", r => new Keyed<TieClaim>(r.GetInt64(keyAt), ReadTie(r)), ids);
    }

    public IReadOnlyList<Keyed<StateClaim>> StateClaimsOf(IReadOnlyCollection<ActorId> actors)
    {
        if (actors.Count == 0) return [];
        var keyAt = StateColumns.Count(c => c == ',') + 1;
        return Query($"SELECT {StateColumns}, id FROM state_claims WHERE actor = ANY($1) ORDER BY id",
            r => new Keyed<StateClaim>(r.GetInt64(keyAt), ReadState(r)), (object)actors.Select(a => a.Value).ToArray());
    }

    public StoreCounts Counts() => Query("""
        SELECT (SELECT count(*) FROM documents)::int, (SELECT count(*) FROM tie_claims)::int,
               (SELECT count(*) FROM state_claims)::int, (SELECT count(*) FROM actors)::int
        """, r => new StoreCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)))[0];

    public string? GetMeta(string key) => Query("SELECT value FROM meta WHERE key = $1", r => r.GetString(0), key).FirstOrDefault();

    public void SetMeta(string key, string value)
    {
        using var command = _dataSource.CreateCommand("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.ExecuteNonQuery();
    }

    /// <summary>Bytes the Casus tables and their indexes take on disk.</summary>
    public long SizeOnDisk() => Scalar<long>(
        "SELECT sum(pg_total_relation_size(c))::bigint FROM unnest(ARRAY['documents','tie_claims','state_claims','actors','meta']::regclass[]) c");

    public void Dispose() => _dataSource.Dispose();

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> map, params object[] parameters)
    {
        using var command = _dataSource.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    private T Scalar<T>(string sql, params object[] parameters)
    {
        using var command = _dataSource.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)command.ExecuteScalar()!;
    }
}
