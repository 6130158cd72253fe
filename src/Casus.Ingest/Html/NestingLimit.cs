using System.Text;

namespace Casus.Ingest.Html;

/// <summary>
/// Bounds how deep markup nests before the HTML parser sees it. A browser-grade tree builder checks
/// "is a p in scope" and the list of open formatting elements on every start tag, walking the stack
/// of open elements: work grows with depth × tags, so 100,000 nested divs (1.1 MB) took minutes.
/// Real pages nest a few dozen levels. This one linear pass drops the tags of elements opened below
/// <see cref="MaxDepth"/> (their matching end tags too) and keeps every character of text, so a
/// hostile page costs linear time and still yields its words. Comments, raw-text elements (script,
/// style, textarea, title…) and quoted attribute values are skipped whole, so a '&lt;' in them is not
/// taken for a tag.
/// </summary>
public static class NestingLimit
{
    public const int MaxDepth = 256;

    /// <summary>Elements whose end tag may be left out: an unclosed &lt;p&gt; or &lt;li&gt; per paragraph must not count as depth.</summary>
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "frame",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary>The markup unchanged when it never nests past the limit, else with the excess tags removed.</summary>
    public static string Apply(string html, int maxDepth = MaxDepth)
    {
        StringBuilder? output = null; // only allocated once a tag must go
        var copied = 0;
        var depth = 0;
        var dropped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            if (next is '!' or '?')
            {
                var gt = html.IndexOf('>', lt);
                i = gt < 0 ? html.Length : gt + 1;
                continue;
            }
            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1; // "<" followed by text: not a tag
                continue;
            }
            var tagEnd = EndOfTag(html, nameEnd);
            var name = html[nameStart..nameEnd];
            var selfClosing = tagEnd - 2 > lt && html[tagEnd - 2] == '/';
            var drop = false;
            if (isEnd)
            {
                if (dropped.TryGetValue(name, out var pending) && pending > 0)
                {
                    dropped[name] = pending - 1;
                    drop = true;
                }
                else if (Counts(name) && depth > 0) depth--;
            }
            else if (Counts(name) && !selfClosing)
            {
                if (depth >= maxDepth)
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    drop = true;
                }
                else depth++;
            }
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied).Append(' ');
                copied = tagEnd;
            }
            i = tagEnd;
            if (!isEnd && !selfClosing && RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        if (output is null) return html;
        return output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>A quote opens a value only right after "=" (spaces allowed): the apostrophe in &lt;p don't&gt; does not.</summary>
    private static bool AfterEquals(string html, int quote, int from)
    {
        var j = quote - 1;
        while (j >= from && char.IsWhiteSpace(html[j])) j--;
        return j >= from && html[j] == '=';
    }

    private static bool Counts(string name) => !Void.Contains(name) && !ImpliedEnd.Contains(name);

    /// <summary>Index just past the tag's '>', stepping over quoted attribute values.</summary>
    private static int EndOfTag(string html, int from)
    {
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>') return i + 1;
            if (c is '"' or '\'' && AfterEquals(html, i, from))
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0) return html.Length;
                i = close;
            }
        }
        return html.Length;
    }
}
