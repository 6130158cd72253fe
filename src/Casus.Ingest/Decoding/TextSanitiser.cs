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

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c == '\r' || !Keeps(c) || c is '\f' or '\v') return true;
        return false;
    }

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
