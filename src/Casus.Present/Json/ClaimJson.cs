using System.Text.Json;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Present.Json;

/// <summary>Ties, tie claims and state claims as JSON objects (shared by knowledge and ties output).</summary>
internal static class ClaimJson
{
    public static void WriteTie(Utf8JsonWriter json, KnowledgeBase knowledge, Tie tie)
    {
        json.WriteStartObject();
        json.WriteString("source", tie.Source.Value);
        json.WriteString("source_name", knowledge.NameOf(tie.Source));
        json.WriteString("target", tie.Target.Value);
        json.WriteString("target_name", knowledge.NameOf(tie.Target));
        json.WriteString("type", tie.Type.ToSnake());
        json.WriteNumber("sign", tie.Sign);
        json.WriteString("modality", tie.StrongestModality.ToSnake());
        EvidenceJson.WriteDate(json, "from", tie.From);
        EvidenceJson.WriteDate(json, "until", tie.Until);
        json.WriteNumber("corroboration", tie.Corroboration);
        json.WriteNumber("distinct_outlets", tie.DistinctOutlets);
        json.WriteBoolean("contested", tie.IsContested);
        json.WriteStartArray("claims");
        foreach (var claim in tie.Claims) WriteClaim(json, claim);
        json.WriteEndArray();
        json.WriteEndObject();
        // The writer buffers until flushed: a hub's network runs to gigabytes, past what one buffer can hold.
        if (json.BytesPending > FlushAt) json.Flush();
    }

    private const int FlushAt = 1 << 20;

    public static void WriteClaim(Utf8JsonWriter json, TieClaim claim)
    {
        json.WriteStartObject();
        json.WriteString("source", claim.Source.Value);
        json.WriteString("target", claim.Target.Value);
        json.WriteString("type", claim.Type.ToSnake());
        json.WriteNumber("sign", claim.Sign);
        json.WriteString("modality", claim.Modality.ToSnake());
        EvidenceJson.WriteNullable(json, "attribution", claim.Attribution);
        EvidenceJson.WriteDate(json, "valid_from", claim.ValidFrom);
        EvidenceJson.WriteDate(json, "valid_until", claim.ValidUntil);
        json.WriteStartArray("clauses");
        foreach (var clause in claim.ClauseList)
        {
            json.WriteStartObject();
            json.WriteString("kind", Snake.Of(clause.Kind.ToString()));
            json.WriteBoolean("present", clause.Present);
            EvidenceJson.WriteNullable(json, "condition", clause.Condition);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        EvidenceJson.WriteNullable(json, "condition", claim.Condition);
        EvidenceJson.WriteNullable(json, "condition_actor", claim.ConditionActor?.Value);
        EvidenceJson.WriteNullable(json, "cue", claim.Cue);
        json.WritePropertyName("evidence");
        EvidenceJson.Write(json, claim.Evidence);
        json.WriteEndObject();
    }

    public static void WriteState(Utf8JsonWriter json, StateClaim state)
    {
        json.WriteStartObject();
        json.WriteString("actor", state.Actor.Value);
        json.WriteString("kind", state.Kind.ToSnake());
        json.WriteString("modality", state.Modality.ToSnake());
        if (state.Quantity is { } q) json.WriteNumber("quantity", q);
        else json.WriteNull("quantity");
        EvidenceJson.WriteNullable(json, "attribution", state.Attribution);
        EvidenceJson.WriteDate(json, "valid_from", state.ValidFrom);
        EvidenceJson.WriteDate(json, "valid_until", state.ValidUntil);
        EvidenceJson.WriteNullable(json, "context", state.Context);
        json.WritePropertyName("evidence");
        EvidenceJson.Write(json, state.Evidence);
        json.WriteEndObject();
    }
}
