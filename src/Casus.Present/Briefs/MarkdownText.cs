using System.Text;

namespace Casus.Present.Briefs;

/// <summary>
/// Makes untrusted text safe inside Markdown: HTML is entity-escaped (renderers pass raw HTML
/// through), Markdown punctuation is backslash-escaped, and line breaks become spaces so a
/// quote cannot break out of its block or table cell.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // An underscore inside a word ("stated_intent") is never emphasis in CommonMark: leave it as written.
            if (c == '_' && i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                sb.Append(c);
                continue;
            }
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n' or '\r' or '\t': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#':
                    sb.Append('\\').Append(c); break;
                // Bidi overrides and isolates reorder what a reader sees (a "Trojan Source" quote).
                case (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'):
                    break;
                default:
                    if (!char.IsControl(c)) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
