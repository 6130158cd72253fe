using System.Buffers;
using System.Text;

namespace Casus.Ingest.Decoding;

/// <summary>
/// Makes decoded text safe to store and show: line endings become \n, form feeds and vertical tabs
/// become line breaks, every other control character (C0, DEL, C1) is dropped, and so are the bidi
/// embedding/override/isolate characters (U+202A–202E, U+2066–2069), which can make stored text
/// display differently from what it says ("Trojan Source").
/// </summary>
public static class TextSanitiser
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c is '\f' or '\v') sb.Append('\n');
            else if (Keeps(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Every character <see cref="Clean"/> changes or drops (\r, \f and \v are controls
    /// too), so one vectorised search tells clean text apart without a loop per character.</summary>
    private static readonly SearchValues<char> Changed = SearchValues.Create(
        Enumerable.Range(0, 0x2070).Select(c => (char)c).Where(c => !Keeps(c)).ToArray());

    private static bool NeedsCleaning(string text) => text.AsSpan().IndexOfAny(Changed) >= 0;

    private static bool Keeps(char c) => c switch
    {
        '\n' or '\t' => true,
        < ' ' => false,
        >= '\u007F' and <= '\u009F' => false,
        >= '\u202A' and <= '\u202E' => false,
        >= '\u2066' and <= '\u2069' => false,
        _ => true,
    };
}
