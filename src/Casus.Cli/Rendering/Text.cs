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

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
