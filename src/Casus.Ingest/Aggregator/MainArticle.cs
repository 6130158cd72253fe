using System.Text.RegularExpressions;
using Casus.Ingest.Dates;

namespace Casus.Ingest.Aggregator;

/// <summary>The main article of an aggregator page, with its chrome, captions, credits and author lines removed.</summary>
internal sealed record MainArticle(string Title, string? Outlet, string? Author, string? AgePhrase, string Text, int EndLine);

/// <summary>
/// Splits the page head (logo, headline twice, outlet + age, byline) from the body and cleans the body
/// line by line. Body lines are kept verbatim, so every sentence stays a substring of the page.
/// </summary>
internal static partial class MainArticleParser
{
    [GeneratedRegex(@"^By\s+(?<author>.+?)(?:\s+of(?:\s.*)?)?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^[A-Z][A-Za-z]+(?: [A-Za-z]+)?$")]
    private static partial Regex Kicker();

    private const int MaxCreditLength = 100;

    public static MainArticle? Parse(string[] lines)
    {
        var i = NextContent(lines, 0);
        if (i < lines.Length && lines[i].Trim().Equals(AggregatorLayout.Logo, StringComparison.OrdinalIgnoreCase)) i = NextContent(lines, i + 1);
        if (i >= lines.Length) return null;
        var title = lines[i].Trim();
        i = NextContent(lines, i + 1);
        if (i < lines.Length && lines[i].Trim() == title) i = NextContent(lines, i + 1);

        string? outlet = null, age = null, author = null;
        if (i < lines.Length && RelativeAge.IndexIn(lines[i]) is var at and > 0 && lines[i].Length < 80)
        {
            outlet = lines[i][..at].Trim();
            age = lines[i][at..].Trim();
            i = NextContent(lines, i + 1);
        }
        if (i < lines.Length && Byline().Match(lines[i].Trim()) is { Success: true } by)
        {
            author = by.Groups["author"].Value.Trim();
            i = NextContent(lines, i + 1);
        }

        var (body, end) = CleanBody(lines, i, author);
        return new MainArticle(title, outlet, author, age, string.Join('\n', body).Trim(), end);
    }

    private static (List<string> Body, int End) CleanBody(string[] lines, int start, string? author)
    {
        var body = new List<string>();
        var i = start;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (AggregatorLayout.ArticleEnd.Contains(line)) break;
            if (line == AggregatorLayout.PhotoLabel)
            {
                // Caption on the line before, credit on the line after: both are picture furniture, not article.
                if (body.Count > 0 && body[^1].Trim().Length > 0) body.RemoveAt(body.Count - 1);
                if (i + 1 < lines.Length && lines[i + 1].Trim().Length <= MaxCreditLength) i++;
                continue;
            }
            if (line.StartsWith(AggregatorLayout.PhotoLabel, StringComparison.Ordinal)) continue;
            if (author is not null && line.StartsWith(author + " is ", StringComparison.Ordinal)) continue;
            if (line.StartsWith("This story first appeared on", StringComparison.OrdinalIgnoreCase)) { i = SkipAttribution(lines, i); continue; }
            body.Add(lines[i]);
        }
        DropKicker(body);
        return (body, i);
    }

    /// <summary>"This story first appeared on" / "The Conversation" / "." — the republishing note.</summary>
    private static int SkipAttribution(string[] lines, int i)
    {
        var j = i;
        while (j + 1 < lines.Length && j - i < 2 && lines[j + 1].Trim().Length is > 0 and < 60) j++;
        return j;
    }

    /// <summary>A one- or two-word section label ("Analysis") before the first paragraph.</summary>
    private static void DropKicker(List<string> body)
    {
        var first = body.FindIndex(l => l.Trim().Length > 0);
        if (first >= 0 && body[first].Trim().Length <= 20 && Kicker().IsMatch(body[first].Trim()) && body.Count > first + 1)
            body.RemoveAt(first);
    }

    private static int NextContent(string[] lines, int i)
    {
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        return i;
    }
}
