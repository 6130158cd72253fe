using System.Text.Json;
using Casus.Core;

namespace Casus.Extract.Evaluation.Plover;

/// <summary>An actor as a PLOVER gold-standard record codes it: the words in the sentence and the
/// CAMEO actor code (a country code such as <c>USA</c>, or <c>IGO</c>, <c>NGO</c>, ...).</summary>
public sealed record PloverActor(string Text, string Code);

/// <summary>One gold-standard record (PLOVER_GSR_CAMEO.txt): a sentence, its event type and its
/// coded source and target actors.</summary>
public sealed record PloverRecord(
    string Id,
    DateOnly? Date,
    string Text,
    string Event,
    string? Mode,
    IReadOnlyList<PloverActor> Sources,
    IReadOnlyList<PloverActor> Targets);

public static class PloverGoldParser
{
    /// <summary>Reads the JSON array of records; entries without a sentence (the DOCUMENT header)
    /// are left out. A file that is not such an array is an <see cref="InputException"/>.</summary>
    public static IReadOnlyList<PloverRecord> Parse(string json, string file = "PLOVER gold file")
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new InputException($"{file}: not JSON ({e.Message})"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array) throw new InputException($"{file}: expected a JSON array of records");
            var records = new List<PloverRecord>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) throw new InputException($"{file}: a record is not an object");
                var text = String(item, "text");
                var id = String(item, "id") ?? $"record {records.Count + 1}";
                var eventType = String(item, "event");
                if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(eventType)) continue;
                DateOnly? date = DateOnly.TryParseExact(String(item, "date") ?? "", "yyyy-MM-dd", out var d) ? d : null;
                records.Add(new PloverRecord(id, date, text, eventType.Trim().ToUpperInvariant(), String(item, "mode"),
                    Actors(item, "source"), Actors(item, "target")));
            }
            return records;
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<PloverActor> Actors(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array) return [];
        var actors = new List<PloverActor>();
        foreach (var actor in value.EnumerateArray())
        {
            if (actor.ValueKind != JsonValueKind.Object) continue;
            actors.Add(new PloverActor(String(actor, "actorText") ?? "", String(actor, "code") ?? ""));
        }
        return actors;
    }
}
