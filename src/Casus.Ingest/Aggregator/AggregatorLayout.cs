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

    /// <summary>Two independent markers are needed, so an article that merely mentions one is not split.</summary>
    public static bool Matches(IReadOnlyList<string> lines)
    {
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (content.Count < 3) return false;
        var score = 0;
        if (content[0].Equals(Logo, StringComparison.OrdinalIgnoreCase)) score++;
        var top = content[0].Equals(Logo, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (content.Count > top + 1 && content[top] == content[top + 1]) score++;
        if (content.Take(12).Any(l => l.Length < 80 && RelativeAge.IndexIn(l) > 0)) score++;
        if (content.Contains(RelatedHeading)) score++;
        if (content.Any(PageEnd.Contains)) score++;
        return score >= 2;
    }
}
