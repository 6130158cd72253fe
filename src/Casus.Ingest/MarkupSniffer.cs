using System.Text.RegularExpressions;

namespace Casus.Ingest;

/// <summary>Recognises markup by its opening, independent of file extension.</summary>
public static partial class MarkupSniffer
{
    private const int Window = 4096;

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)?(?:<!--.*?-->\s*)*<(?:[\w-]+:)?(?<root>rss|feed|RDF)\b", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"^\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body|meta|title|div|p|article|section)\b", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    public static bool LooksLikeFeed(string text) => FeedRoot().IsMatch(Head(text));

    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(Head(text));

    private static string Head(string text) => text.Length <= Window ? text : text[..Window];
}
