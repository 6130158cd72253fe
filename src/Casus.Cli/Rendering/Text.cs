using System.Globalization;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary>Small formatting helpers; everything from articles passes through <see cref="Safe"/>
/// because it is untrusted text for Spectre's markup.</summary>
public static class Text
{
    public static string Safe(string? text) => Markup.Escape(Printable(text));

    /// <summary>Article text as the terminal must see it: control characters (ESC sequences can retitle,
    /// clear or recolour the terminal) become spaces and bidi overrides/isolates (which reorder what the
    /// reader sees) are dropped. Newlines survive; they are layout, not commands.</summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n') sb.Append(c);
            else if (char.IsControl(c)) sb.Append(' ');
            else if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')) continue;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A cited sentence in quotation marks, clipped, markup-safe; a sentence that is a quotation already
    /// keeps its own marks instead of gaining a second pair.</summary>
    public static string Quote(string sentence, int max)
    {
        var (open, close) = Casus.Present.Briefs.QuoteMarks.For(sentence);
        return open + Safe(Clip(sentence, max)) + close;
    }

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary when there is one in the last
    /// half ("mad…" for "made" reads as another word); a single long word (a file name) is cut where it must be.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return cut >= max / 2 ? text[..cut].TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…" : text[..(max - 1)] + "…";
    }
}
