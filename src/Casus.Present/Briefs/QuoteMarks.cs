namespace Casus.Present.Briefs;

/// <summary>
/// The quotation marks around a cited sentence. A sentence that is itself a quotation from start to end
/// ("“If America dares …”") already has its marks: adding ours would print ““…””. The sentence stays verbatim.
/// </summary>
public static class QuoteMarks
{
    private const string Opening = "\"“„«‘'";
    private const string Closing = "\"”“»’'";

    /// <summary>Whether <paramref name="sentence"/> opens and closes with quotation marks of its own.</summary>
    public static bool IsQuoted(string sentence)
    {
        var s = sentence.Trim();
        return s.Length >= 2 && Opening.Contains(s[0]) && (Closing.Contains(s[^1]) || s.Length >= 3 && Closing.Contains(s[^2]) && s[^1] is '.' or ',');
    }

    /// <summary>The opening and closing marks to print around an (already escaped) sentence.</summary>
    public static (string Open, string Close) For(string sentence) => IsQuoted(sentence) ? ("", "") : ("“", "”");
}
