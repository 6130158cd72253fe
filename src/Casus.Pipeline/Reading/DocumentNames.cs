using Casus.Core.Documents;
using Casus.Store;

namespace Casus.Pipeline.Reading;

/// <summary>
/// What a reader calls a stored document: its title, else the file name it was read from. A brief's sources
/// list and the explorer name documents this way instead of by their hash ("document fc1add1…").
/// </summary>
public static class DocumentNames
{
    public static string? Of(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Title)) return document.Title.Trim();
        var origin = document.Origin;
        if (origin.StartsWith("starter:", StringComparison.Ordinal) || origin.Contains("://", StringComparison.Ordinal)) return null;
        var name = Path.GetFileName(origin.TrimEnd('/', '\\'));
        return name.Length > 0 ? name : null;
    }

    /// <summary>A lookup by document id over a store, each document read once.</summary>
    public static Func<string, string?> For(ICasusStore store)
    {
        var cache = new Dictionary<string, string?>(StringComparer.Ordinal);
        return id =>
        {
            if (cache.TryGetValue(id, out var name)) return name;
            return cache[id] = store.GetDocument(id) is { } d ? Of(d) : null;
        };
    }
}
