using System.Text.Json;

namespace Casus.Ingest.Html;

/// <summary>The article fields of a page's JSON-LD (schema.org NewsArticle and kin).</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Publisher, string? Author)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The first *Article object in the script blocks (top level, arrays or @graph); malformed JSON is skipped.</summary>
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, Options);
                foreach (var candidate in Candidates(json.RootElement))
                    if (IsArticle(candidate)) return From(candidate);
            }
            catch (JsonException) { }
        }
        return null;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        var top = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        foreach (var item in top)
        {
            yield return item;
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
                foreach (var node in graph.EnumerateArray()) yield return node;
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report");
    }

    private static JsonLdArticle From(JsonElement e) =>
        new(Text(e, "headline"), Text(e, "datePublished"), Name(e, "publisher"), Name(e, "author"));

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A person/organisation given as a string, an object with "name", or an array of them (joined).</summary>
    private static string? Name(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v)) return null;
        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        var names = items.Select(i => i.ValueKind switch
        {
            JsonValueKind.String => i.GetString(),
            JsonValueKind.Object => Text(i, "name"),
            _ => null,
        }).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
