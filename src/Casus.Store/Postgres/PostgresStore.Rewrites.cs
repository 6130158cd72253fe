using Casus.Core.Claims;
using Npgsql;
using static Casus.Store.Postgres.PostgresClaimRows;

namespace Casus.Store.Postgres;

/// <summary>
/// Rewrites of stored documents, for <c>casus refresh</c>: each is one transaction that first locks
/// the document row, so two refreshes of the same database rewrite a document one after the other
/// and a failure leaves its old claims in place.
/// </summary>
public sealed partial class PostgresStore
{
    public IReadOnlyList<DocumentExtraction> Extractions()
    {
        var rows = Query("""
            SELECT d.id, d.origin, c.ev_extractor, c.ev_lexicon FROM documents d
            LEFT JOIN (SELECT document_id, ev_extractor, ev_lexicon FROM tie_claims
                       UNION SELECT document_id, ev_extractor, ev_lexicon FROM state_claims) c ON c.document_id = d.id
            ORDER BY d.id COLLATE "C", c.ev_extractor COLLATE "C", c.ev_lexicon COLLATE "C"
            """, r => (Id: r.GetString(0), Origin: r.GetString(1), Extractor: Text(r, 2), Version: Text(r, 3)));
        return DocumentExtraction.Group(rows);
    }

    public DocumentWithClaims? GetDocumentWithClaims(string documentId)
    {
        if (GetDocument(documentId) is not { } document) return null;
        var ties = Query($"SELECT {TieColumns} FROM tie_claims WHERE document_id = $1 ORDER BY id", ReadTie, documentId);
        var states = Query($"SELECT {StateColumns} FROM state_claims WHERE document_id = $1 ORDER BY id", ReadState, documentId);
        return new DocumentWithClaims(document, ties, states);
    }

    public bool ReplaceClaims(string documentId, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states)
    {
        using var connection = _dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        if (!DeleteClaims(connection, tx, documentId))
        {
            tx.Rollback();
            return false;
        }
        CopyClaims(connection, documentId, ties, states);
        tx.Commit();
        return true;
    }

    public bool ReplaceDocument(string storedId, DocumentWithClaims? replacement)
    {
        using var connection = _dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        if (!DeleteClaims(connection, tx, storedId))
        {
            tx.Rollback();
            return false;
        }
        Execute(connection, tx, "DELETE FROM documents WHERE id = $1", storedId);
        if (replacement is not null && InsertDocuments(connection, tx, [replacement]).Count == 1)
            CopyClaims(connection, replacement.Document.Id, replacement.Ties, replacement.States);
        tx.Commit();
        return true;
    }

    /// <summary>Locks the document row and deletes its claims inside <paramref name="tx"/>; false when it is not stored.</summary>
    private static bool DeleteClaims(NpgsqlConnection connection, NpgsqlTransaction tx, string documentId)
    {
        using (var lockRow = new NpgsqlCommand("SELECT 1 FROM documents WHERE id = $1 FOR UPDATE", connection, tx))
        {
            lockRow.Parameters.Add(new NpgsqlParameter { Value = documentId });
            if (lockRow.ExecuteScalar() is null) return false;
        }
        Execute(connection, tx, "DELETE FROM tie_claims WHERE document_id = $1", documentId);
        Execute(connection, tx, "DELETE FROM state_claims WHERE document_id = $1", documentId);
        return true;
    }

    private static void CopyClaims(NpgsqlConnection connection, string documentId, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states)
    {
        if (ties.Count > 0) CopyTies(connection, ties.Select(t => (documentId, t)));
        if (states.Count > 0) CopyStates(connection, states.Select(s => (documentId, s)));
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, string id)
    {
        using var command = new NpgsqlCommand(sql, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.ExecuteNonQuery();
    }
}
