using System.Globalization;
using System.Text.Json;
using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Store.Serialization;

/// <summary>
/// How Core values become column values and back, shared by every backend so that a
/// database written by one reads the same through another (dates ISO, enums snake_case,
/// lists and clauses JSON).
/// </summary>
public static class StoredValues
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToArray());

    public static IReadOnlyList<string> ParseList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Clauses as a JSON array; null when the claim carries none (distinct from an empty list).</summary>
    public static string? Clauses(IReadOnlyList<Clause>? clauses)
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

    public static IReadOnlyList<Clause>? ParseClauses(string? json)
    {
        if (json is null) return null;
        using var doc = JsonDocument.Parse(json);
        var clauses = new List<Clause>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var kind = Enum.Parse<ClauseKind>(item.GetProperty("kind").GetString()!);
            var condition = item.TryGetProperty("condition", out var c) ? c.GetString() : null;
            clauses.Add(new Clause(kind, item.GetProperty("present").GetBoolean(), condition));
        }
        return clauses;
    }

    public static string Kind(ActorKind kind) => kind.ToString();

    public static ActorKind ParseKind(string text) => Enum.Parse<ActorKind>(text, ignoreCase: true);

    // Every claim row names its type and modality: the exact stored (snake) forms are looked up first,
    // so reading a hundred thousand rows does not run the tolerant parsers once per row.
    private static readonly Dictionary<string, TieType> StoredTieTypes =
        Enum.GetValues<TieType>().ToDictionary(t => t.ToSnake(), StringComparer.Ordinal);

    private static readonly Dictionary<string, Modality> StoredModalities =
        Enum.GetValues<Modality>().ToDictionary(m => m.ToSnake(), StringComparer.Ordinal);

    public static TieType ParseTieType(string text) =>
        StoredTieTypes.TryGetValue(text, out var stored) ? stored
        : TieTypeExtensions.TryParseSnake(text, out var type) ? type : throw new InvalidDataException($"stored tie type '{text}' is unknown");

    public static Modality ParseModality(string text) =>
        StoredModalities.TryGetValue(text, out var stored) ? stored
        : ModalityExtensions.TryParseSnake(text, out var modality) ? modality : throw new InvalidDataException($"stored modality '{text}' is unknown");

    public static ActorStateKind ParseStateKind(string text) =>
        ActorStateKindExtensions.TryParseSnake(text, out var kind) ? kind : throw new InvalidDataException($"stored state kind '{text}' is unknown");
}
