using Casus.Ingest.Dates;

namespace Casus.Ingest.Aggregator;

/// <summary>
/// The text form of a news-aggregator page (as saved from the browser): a "logo" line, the headline
/// printed twice, an "Outlet6 hours ago" line, then the article, then site chrome and a "Related
/// Articles" list. These markers are the page template's, not the world's, so they live here.
/// </summary>
internal static class AggregatorLayout
{
    public const string RelatedHeading = "Related Articles";
    public const string Logo = "logo";
    public const string PhotoLabel = "Photo:";

    /// <summary>Lines that end the main article: the template's end mark and the chrome after it.</summary>
    public static readonly HashSet<string> ArticleEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "*", RelatedHeading, "Comments", "No comments yet...", "Orange background", "Try Our AI Features",
        "DOWNLOAD THE APP", "Get Started Now: Download the App",
    };

    /// <summary>Lines that end the related list (app-download chrome).</summary>
    public static readonly HashSet<string> PageEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "DOWNLOAD THE APP", "Get Started Now: Download the App", "app-storeplay-store",
    };

    /// <summary>
    /// Two independent markers are needed, so an article that merely mentions one is not split. Only the
    /// head of the page is split into lines; the list and app markers are found by substring search, so
    /// sniffing a 20 MB text costs milliseconds.
    /// </summary>
    public static bool Matches(string text)
    {
        var content = HeadLines(text, 40);
        if (content.Count < 3) return false;
        var score = 0;
        var top = content[0].Equals(Logo, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        score += top;
        if (content.Count > top + 1 && content[top] == content[top + 1]) score++;
        if (content.Take(12).Any(l => l.Length < 80 && RelativeAge.IndexIn(l) > 0)) score++;
        // Each marker below is a search through the whole text: stop as soon as the answer is known
        // (a plain article without the related heading cannot reach two any more).
        if (HasLine(text, RelatedHeading)) score++;
        if (score >= 2) return true;
        if (score == 0) return false;
        return PageEnd.Any(marker => HasLine(text, marker));
    }

    private static List<string> HeadLines(string text, int count)
    {
        var lines = new List<string>();
        foreach (var range in text.AsSpan(0, Math.Min(text.Length, 16384)).Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.Length > 0) lines.Add(line.ToString());
            if (lines.Count == count) break;
        }
        return lines;
    }

    private static bool HasLine(string text, string line) =>
        text.StartsWith(line + "\n", StringComparison.Ordinal) || text.Contains("\n" + line + "\n", StringComparison.Ordinal)
        || text.EndsWith("\n" + line, StringComparison.Ordinal);
}
