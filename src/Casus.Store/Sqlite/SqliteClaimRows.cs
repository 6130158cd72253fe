using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Store.Serialization;
using Microsoft.Data.Sqlite;

namespace Casus.Store.Sqlite;

/// <summary>Claims to rows and back. Every field of <see cref="TieClaim"/>, <see cref="StateClaim"/>
/// and their <see cref="Evidence"/> has a column, so what goes in comes out unchanged.</summary>
internal static class SqliteClaimRows
{
    private const string EvidenceColumns = "ev_document, ev_sentence, ev_start, ev_end, ev_outlet, ev_date, ev_extractor, ev_lexicon, ev_url";
    private const string EvidenceParams = "$evd, $evs, $evst, $eve, $evo, $evdt, $evx, $evl, $evu";

    public const string TieColumns = "source, target, type, sign, modality, attribution, valid_from, valid_until, clauses, condition, condition_actor, cue, " + EvidenceColumns;
    public const string StateColumns = "actor, kind, modality, quantity, attribution, valid_from, valid_until, context, cue, " + EvidenceColumns;

    public static void InsertTies(SqliteConnection connection, SqliteTransaction tx, string documentId, IReadOnlyList<TieClaim> ties)
    {
        if (ties.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO tie_claims(document_id, {TieColumns}) VALUES ($doc, $source, $target, $type, $sign, $modality, $attribution, $from, $until, $clauses, $condition, $condactor, $cue, {EvidenceParams});";
        foreach (var tie in ties)
        {
            tie.Evidence.Validate(); // inside the transaction: a bad claim rolls back its whole document
            command.Parameters.Clear();
            Add(command, "$doc", documentId);
            Add(command, "$source", tie.Source.Value);
            Add(command, "$target", tie.Target.Value);
            Add(command, "$type", tie.Type.ToSnake());
            Add(command, "$sign", tie.Sign);
            Add(command, "$modality", tie.Modality.ToSnake());
            Add(command, "$attribution", tie.Attribution);
            Add(command, "$from", StoredValues.Date(tie.ValidFrom));
            Add(command, "$until", StoredValues.Date(tie.ValidUntil));
            Add(command, "$clauses", StoredValues.Clauses(tie.Clauses));
            Add(command, "$condition", tie.Condition);
            Add(command, "$condactor", tie.ConditionActor?.Value);
            Add(command, "$cue", tie.Cue);
            AddEvidence(command, tie.Evidence);
            command.ExecuteNonQuery();
        }
    }

    public static void InsertStates(SqliteConnection connection, SqliteTransaction tx, string documentId, IReadOnlyList<StateClaim> states)
    {
        if (states.Count == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO state_claims(document_id, {StateColumns}) VALUES ($doc, $actor, $kind, $modality, $quantity, $attribution, $from, $until, $context, $cue, {EvidenceParams});";
        foreach (var state in states)
        {
            state.Evidence.Validate();
            command.Parameters.Clear();
            Add(command, "$doc", documentId);
            Add(command, "$actor", state.Actor.Value);
            Add(command, "$kind", state.Kind.ToSnake());
            Add(command, "$modality", state.Modality.ToSnake());
            Add(command, "$quantity", state.Quantity);
            Add(command, "$attribution", state.Attribution);
            Add(command, "$from", StoredValues.Date(state.ValidFrom));
            Add(command, "$until", StoredValues.Date(state.ValidUntil));
            Add(command, "$context", state.Context);
            Add(command, "$cue", state.Cue);
            AddEvidence(command, state.Evidence);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Reads a row selected with <see cref="TieColumns"/> in that order.</summary>
    public static TieClaim ReadTie(SqliteDataReader row) => new(
        new ActorId(row.GetString(0)),
        new ActorId(row.GetString(1)),
        StoredValues.ParseTieType(row.GetString(2)),
        row.GetInt32(3),
        StoredValues.ParseModality(row.GetString(4)),
        ReadEvidence(row, 12),
        Attribution: Text(row, 5),
        ValidFrom: StoredValues.ParseDate(Text(row, 6)),
        ValidUntil: StoredValues.ParseDate(Text(row, 7)),
        Clauses: StoredValues.ParseClauses(Text(row, 8)),
        Condition: Text(row, 9),
        ConditionActor: Text(row, 10) is { } actor ? new ActorId(actor) : null,
        Cue: Text(row, 11));

    /// <summary>Reads a row selected with <see cref="StateColumns"/> in that order.</summary>
    public static StateClaim ReadState(SqliteDataReader row) => new(
        new ActorId(row.GetString(0)),
        StoredValues.ParseStateKind(row.GetString(1)),
        StoredValues.ParseModality(row.GetString(2)),
        ReadEvidence(row, 9),
        Quantity: row.IsDBNull(3) ? null : row.GetDouble(3),
        Attribution: Text(row, 4),
        ValidFrom: StoredValues.ParseDate(Text(row, 5)),
        ValidUntil: StoredValues.ParseDate(Text(row, 6)),
        Context: Text(row, 7),
        Cue: Text(row, 8));

    private static Evidence ReadEvidence(SqliteDataReader row, int at) => new(
        row.GetString(at),
        row.GetString(at + 1),
        row.GetInt32(at + 2),
        row.GetInt32(at + 3),
        Text(row, at + 4),
        StoredValues.ParseDate(Text(row, at + 5)),
        row.GetString(at + 6),
        row.GetString(at + 7),
        Text(row, at + 8));

    private static void AddEvidence(SqliteCommand command, Evidence evidence)
    {
        Add(command, "$evd", evidence.DocumentId);
        Add(command, "$evs", evidence.Sentence);
        Add(command, "$evst", evidence.Start);
        Add(command, "$eve", evidence.End);
        Add(command, "$evo", evidence.Outlet);
        Add(command, "$evdt", StoredValues.Date(evidence.Date));
        Add(command, "$evx", evidence.Extractor);
        Add(command, "$evl", evidence.LexiconVersion);
        Add(command, "$evu", evidence.Url);
    }

    internal static string? Text(SqliteDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    internal static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
