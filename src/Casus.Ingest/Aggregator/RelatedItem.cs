using Casus.Ingest.Dates;

namespace Casus.Ingest.Aggregator;

/// <summary>One teaser from the page's "Related Articles" list.</summary>
internal sealed record RelatedItem(string Title, string? Outlet, string? Author, string? AgePhrase, string Text);

/// <summary>
/// Reads the "Related Articles" list: each item opens with its headline printed twice, then outlet,
/// "time… ago", "• Outlet", the headline once more, and the teaser paragraph.
/// </summary>
internal static class RelatedItemParser
{
    public static List<RelatedItem> Parse(string[] lines, int start)
    {
        var items = new List<RelatedItem>();
        var heading = Array.FindIndex(lines, start, l => l.Trim() == AggregatorLayout.RelatedHeading);
        if (heading < 0) return items;
        var content = new List<string>();
        for (var i = heading + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (AggregatorLayout.PageEnd.Contains(line)) break;
            if (line.Length > 0) content.Add(line);
        }
        var starts = Enumerable.Range(0, Math.Max(0, content.Count - 1)).Where(k => content[k] == content[k + 1]).ToList();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : content.Count;
            var item = ParseItem(content.GetRange(starts[s], end - starts[s]));
            if (item is not null) items.Add(item);
        }
        return items;
    }

    private static RelatedItem? ParseItem(List<string> block)
    {
        var title = block[0];
        string? outlet = null, age = null;
        var text = new List<string>();
        foreach (var line in block.Skip(2))
        {
            if (line == title) continue;
            var at = RelativeAge.IndexIn(line);
            if (at >= 0 && line.Length < 60) { age = line[at..]; continue; }
            if (line.StartsWith('•')) { outlet ??= line.TrimStart('•', ' '); continue; }
            if (outlet is null && text.Count == 0 && line.Length < 60) { outlet = line; continue; }
            text.Add(line);
        }
        var (body, author) = RelatedTeaser.Clean(string.Join('\n', text));
        return body.Length == 0 ? null : new RelatedItem(title, outlet, author, age, body);
    }
}
