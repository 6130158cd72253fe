using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Store.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Casus.Store.Postgres;

/// <summary>Claims to and from rows. Writes use binary COPY: one round trip for any number of claims,
/// which is what makes dataset imports fast.</summary>
internal static class PostgresClaimRows
{
    public const string TieColumns =
        "source, target, type, sign, modality, attribution, valid_from, valid_until, clauses, condition, condition_actor, cue, " +
        "ev_document, ev_sentence, ev_start, ev_end, ev_outlet, ev_date, ev_extractor, ev_lexicon, ev_url";

    public const string StateColumns =
        "actor, kind, modality, quantity, attribution, valid_from, valid_until, context, cue, " +
        "ev_document, ev_sentence, ev_start, ev_end, ev_outlet, ev_date, ev_extractor, ev_lexicon, ev_url";

    public static void CopyTies(NpgsqlConnection connection, IEnumerable<(string DocumentId, TieClaim Claim)> ties)
    {
        using var copy = connection.BeginBinaryImport($"COPY tie_claims (document_id, {TieColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var (documentId, c) in ties)
        {
            c.Evidence.Validate();
            copy.StartRow();
            copy.Write(documentId, NpgsqlDbType.Text);
            copy.Write(c.Source.Value, NpgsqlDbType.Text);
            copy.Write(c.Target.Value, NpgsqlDbType.Text);
            copy.Write(c.Type.ToSnake(), NpgsqlDbType.Text);
            copy.Write((short)c.Sign, NpgsqlDbType.Smallint);
            copy.Write(c.Modality.ToSnake(), NpgsqlDbType.Text);
            Nullable(copy, c.Attribution);
            NullableDate(copy, c.ValidFrom);
            NullableDate(copy, c.ValidUntil);
            if (StoredValues.Clauses(c.Clauses) is { } json) copy.Write(json, NpgsqlDbType.Jsonb); else copy.WriteNull();
            Nullable(copy, c.Condition);
            Nullable(copy, c.ConditionActor?.Value);
            Nullable(copy, c.Cue);
            WriteEvidence(copy, c.Evidence);
        }
        copy.Complete();
    }

    public static void CopyStates(NpgsqlConnection connection, IEnumerable<(string DocumentId, StateClaim Claim)> states)
    {
        using var copy = connection.BeginBinaryImport($"COPY state_claims (document_id, {StateColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var (documentId, s) in states)
        {
            s.Evidence.Validate();
            copy.StartRow();
            copy.Write(documentId, NpgsqlDbType.Text);
            copy.Write(s.Actor.Value, NpgsqlDbType.Text);
            copy.Write(s.Kind.ToSnake(), NpgsqlDbType.Text);
            copy.Write(s.Modality.ToSnake(), NpgsqlDbType.Text);
            if (s.Quantity is { } q) copy.Write(q, NpgsqlDbType.Double); else copy.WriteNull();
            Nullable(copy, s.Attribution);
            NullableDate(copy, s.ValidFrom);
            NullableDate(copy, s.ValidUntil);
            Nullable(copy, s.Context);
            Nullable(copy, s.Cue);
            WriteEvidence(copy, s.Evidence);
        }
        copy.Complete();
    }

    private static void WriteEvidence(NpgsqlBinaryImporter copy, Evidence e)
    {
        copy.Write(e.DocumentId, NpgsqlDbType.Text);
        copy.Write(e.Sentence, NpgsqlDbType.Text);
        copy.Write(e.Start, NpgsqlDbType.Integer);
        copy.Write(e.End, NpgsqlDbType.Integer);
        Nullable(copy, e.Outlet);
        NullableDate(copy, e.Date);
        copy.Write(e.Extractor, NpgsqlDbType.Text);
        copy.Write(e.LexiconVersion, NpgsqlDbType.Text);
        Nullable(copy, e.Url);
    }

    private static void Nullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull(); else copy.Write(value, NpgsqlDbType.Text);
    }

    private static void NullableDate(NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is { } d) copy.Write(d, NpgsqlDbType.Date); else copy.WriteNull();
    }

    public static TieClaim ReadTie(NpgsqlDataReader r) => new(
        new ActorId(r.GetString(0)), new ActorId(r.GetString(1)),
        TieTypeExtensions.TryParseSnake(r.GetString(2), out var type) ? type : throw new InvalidDataException($"stored tie type '{r.GetString(2)}' is unknown"),
        r.GetInt16(3),
        ModalityExtensions.TryParseSnake(r.GetString(4), out var modality) ? modality : throw new InvalidDataException($"stored modality '{r.GetString(4)}' is unknown"),
        ReadEvidence(r, 12),
        Attribution: Text(r, 5), ValidFrom: Date(r, 6), ValidUntil: Date(r, 7),
        Clauses: StoredValues.ParseClauses(Text(r, 8)), Condition: Text(r, 9),
        ConditionActor: Text(r, 10) is { } ca ? new ActorId(ca) : null, Cue: Text(r, 11));

    public static StateClaim ReadState(NpgsqlDataReader r) => new(
        new ActorId(r.GetString(0)),
        ActorStateKindExtensions.TryParseSnake(r.GetString(1), out var kind) ? kind : throw new InvalidDataException($"stored state kind '{r.GetString(1)}' is unknown"),
        ModalityExtensions.TryParseSnake(r.GetString(2), out var modality) ? modality : throw new InvalidDataException($"stored modality '{r.GetString(2)}' is unknown"),
        ReadEvidence(r, 9),
        Quantity: r.IsDBNull(3) ? null : r.GetDouble(3), Attribution: Text(r, 4),
        ValidFrom: Date(r, 5), ValidUntil: Date(r, 6), Context: Text(r, 7), Cue: Text(r, 8));

    private static Evidence ReadEvidence(NpgsqlDataReader r, int at) => new(
        r.GetString(at), r.GetString(at + 1), r.GetInt32(at + 2), r.GetInt32(at + 3), Text(r, at + 4), Date(r, at + 5),
        r.GetString(at + 6), r.GetString(at + 7), Text(r, at + 8));

    public static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
