using System.Text.RegularExpressions;
using Casus.Ingest.Dates;

namespace Casus.Ingest.Text;

/// <summary>What a plain-text file says about itself before its body.</summary>
public sealed record TextHeader(string? Url, StatedDate? Date, string? Outlet, string? Title, string? Author, string Body);

/// <summary>
/// Reads the two header forms of plain-text articles: a block of <c>key: value</c> lines (url, date,
/// outlet, title, author) ended by a blank line and followed by a headline, as in the dev corpus; or an
/// inline first token <c>date YYYY-MM-DD</c> with the text continuing on the same line, as in the seed.
/// Decision: an invalid date in a header (9999-99-99) rejects the file with the offending line, rather than
/// reading it undated, because a silently missing date would misplace every claim in time.
/// </summary>
public static partial class TextHeaderParser
{
    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z _-]{0,30}):[ \t]*(?<value>.*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^(?i:url|link|date|published|outlet|source|publisher|title|headline|author|by):")]
    private static partial Regex KnownKeyLine();

    [GeneratedRegex(@"^(?i:date)[ \t]+(?<date>\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s|$)[ \t]*")]
    private static partial Regex InlineDate();

    private const int MaxHeadlineLength = 300;

    public static TextHeader Parse(string origin, string text)
    {
        var body = text.TrimStart();
        if (KnownKeyLine().IsMatch(body)) return ParseBlock(origin, body);

        var inline = InlineDate().Match(body);
        if (inline.Success)
        {
            var date = DateText.ParseHeader(inline.Groups["date"].Value)
                ?? throw InputFailure.Because(origin, $"invalid date in header 'date {inline.Groups["date"].Value}'");
            return new TextHeader(null, date, null, null, null, body[inline.Length..]);
        }
        var (title, rest) = SplitHeadline(body, requireShape: true);
        return new TextHeader(null, null, null, title, null, rest);
    }

    private static TextHeader ParseBlock(string origin, string text)
    {
        string? url = null, outlet = null, title = null, author = null;
        StatedDate? date = null;
        // Only the header's lines are cut out; the body is the rest of the text from the first line
        // that is not a key line (splitting and re-joining the whole article cost more than the rest).
        var position = 0;
        for (; position <= text.Length; position++)
        {
            var newline = text.IndexOf('\n', position);
            var line = newline < 0 ? text[position..] : text[position..newline];
            var m = KeyLine().Match(line.TrimEnd());
            if (!m.Success) break;
            if (newline < 0) position = text.Length;
            else position = newline;
            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0) continue;
            switch (m.Groups["key"].Value.Trim().ToLowerInvariant())
            {
                case "url" or "link": url = value; break;
                case "outlet" or "source" or "publisher": outlet = value; break;
                case "title" or "headline": title = value; break;
                case "author" or "by": author = value; break;
                case "date" or "published":
                    date = DateText.ParseHeader(value)
                        ?? throw InputFailure.Because(origin, $"invalid date in header line '{line.Trim()}'");
                    break;
            }
        }
        var body = position > text.Length ? "" : text[position..].TrimStart();
        if (title is null) (title, body) = SplitHeadline(body, requireShape: false);
        return new TextHeader(url, date, outlet, title, author, body);
    }

    /// <summary>
    /// The first line is a headline when a blank line follows it. Without a header we also require it to be
    /// short and not end like a sentence, so an article whose first paragraph is one line keeps it.
    /// </summary>
    private static (string? Title, string Body) SplitHeadline(string text, bool requireShape)
    {
        var end = text.IndexOf('\n');
        if (end < 0) return (null, text);
        var first = text[..end].Trim();
        var rest = text[(end + 1)..];
        if (!rest.StartsWith('\n') && !rest.TrimStart(' ', '\t').StartsWith('\n')) return (null, text);
        if (first.Length == 0 || first.Length > MaxHeadlineLength || string.IsNullOrWhiteSpace(rest)) return (null, text);
        if (requireShape && (first.Length > 200 || ".!?\"”’:;".Contains(first[^1]))) return (null, text);
        return (first, rest.TrimStart());
    }
}
