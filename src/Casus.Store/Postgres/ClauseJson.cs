using System.Text.Json;
using Casus.Core.Claims;

namespace Casus.Store.Postgres;

/// <summary>Clauses as a JSON array of <c>{kind, present, condition}</c> (the SQLite store's shape), null when a claim has none.</summary>
internal static class ClauseJson
{
    public static string? Write(IReadOnlyList<Clause>? clauses)
    {
        if (clauses is null) return null;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var clause in clauses)
            {
                json.WriteStartObject();
                json.WriteString("kind", clause.Kind.ToString());
                json.WriteBoolean("present", clause.Present);
                if (clause.Condition is not null) json.WriteString("condition", clause.Condition);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<Clause>? Read(string? json)
    {
        if (json is null) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(item => new Clause(
            Enum.Parse<ClauseKind>(item.GetProperty("kind").GetString()!),
            item.GetProperty("present").GetBoolean(),
            item.TryGetProperty("condition", out var c) ? c.GetString() : null)).ToList();
    }
}
