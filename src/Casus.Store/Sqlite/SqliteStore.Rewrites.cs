using Casus.Core.Claims;
using Microsoft.Data.Sqlite;
using static Casus.Store.Sqlite.SqliteClaimRows;

namespace Casus.Store.Sqlite;

/// <summary>
/// Rewrites of stored documents, for <c>casus refresh</c>: each is one IMMEDIATE transaction, so a
/// crash or a failing claim leaves the document with its old claims, never with none. Claims go
/// before their document because SQLite's foreign keys do not cascade here.
/// </summary>
public sealed partial class SqliteStore
{
    public IReadOnlyList<DocumentExtraction> Extractions()
    {
        var rows = Query("""
            SELECT d.id, d.origin, c.ev_extractor, c.ev_lexicon FROM documents d
            LEFT JOIN (SELECT document_id, ev_extractor, ev_lexicon FROM tie_claims
                       UNION SELECT document_id, ev_extractor, ev_lexicon FROM state_claims) c ON c.document_id = d.id
            ORDER BY d.id, c.ev_extractor, c.ev_lexicon
            """, row => (Id: row.GetString(0), Origin: row.GetString(1), Extractor: Text(row, 2), Version: Text(row, 3)));
        return DocumentExtraction.Group(rows);
    }

    public DocumentWithClaims? GetDocumentWithClaims(string documentId)
    {
        if (GetDocument(documentId) is not { } document) return null;
        var ties = Query($"SELECT {TieColumns} FROM tie_claims WHERE document_id = $id ORDER BY id", ReadTie, ("$id", documentId));
        var states = Query($"SELECT {StateColumns} FROM state_claims WHERE document_id = $id ORDER BY id", ReadState, ("$id", documentId));
        return new DocumentWithClaims(document, ties, states);
    }

    public bool ReplaceClaims(string documentId, IReadOnlyList<TieClaim> ties, IReadOnlyList<StateClaim> states)
    {
        using var tx = _connection.BeginTransaction();
        if (!DeleteClaims(tx, documentId))
        {
            tx.Rollback();
            return false;
        }
        InsertTies(_connection, tx, documentId, ties);
        InsertStates(_connection, tx, documentId, states);
        tx.Commit();
        return true;
    }

    public bool ReplaceDocument(string storedId, DocumentWithClaims? replacement)
    {
        using var tx = _connection.BeginTransaction();
        if (!DeleteClaims(tx, storedId))
        {
            tx.Rollback();
            return false;
        }
        Execute(tx, "DELETE FROM documents WHERE id = $id", storedId);
        if (replacement is not null && InsertDocument(tx, replacement.Document))
        {
            InsertTies(_connection, tx, replacement.Document.Id, replacement.Ties);
            InsertStates(_connection, tx, replacement.Document.Id, replacement.States);
        }
        tx.Commit();
        return true;
    }

    /// <summary>Deletes the document's claims inside <paramref name="tx"/>; false when the document is not stored.</summary>
    private bool DeleteClaims(SqliteTransaction tx, string documentId)
    {
        using var exists = _connection.CreateCommand();
        exists.Transaction = tx;
        exists.CommandText = "SELECT COUNT(*) FROM documents WHERE id = $id";
        Add(exists, "$id", documentId);
        if ((long)exists.ExecuteScalar()! == 0) return false;
        Execute(tx, "DELETE FROM tie_claims WHERE document_id = $id", documentId);
        Execute(tx, "DELETE FROM state_claims WHERE document_id = $id", documentId);
        return true;
    }

    private void Execute(SqliteTransaction tx, string sql, string id)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        Add(command, "$id", id);
        command.ExecuteNonQuery();
    }
}
