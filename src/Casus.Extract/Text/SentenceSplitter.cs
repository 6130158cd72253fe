namespace Casus.Extract.Text;

/// <summary>
/// Splits text into sentences as offsets into the original string, so evidence can cite the
/// verbatim text. Line breaks always end a sentence (headlines, captions, list items); a period
/// ends one only when followed by space and a non-lowercase start, and not after an
/// abbreviation or an initial ("U.S.", "Mr.", "J."). Closing quotes stay with their sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Hard cap so a text without punctuation cannot make one giant "sentence".</summary>
    public const int MaxSentenceLength = 4000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "jr", "sr", "no", "vs", "etc",
        "approx", "sen", "rep", "gov", "pres", "capt", "maj", "adm", "inc", "ltd", "co", "corp", "cf",
        "e.g", "i.e", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        Split(text, result);
        return result;
    }

    /// <summary>The only characters that can end a sentence before the length cap.</summary>
    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create("\n.!?");

    public static void Split(ReadOnlySpan<char> text, List<TextSpan> into)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (start >= 0)
            {
                // Inside a sentence and below the length cap only an ender can act, so jump to the
                // next one with a vectorised search instead of testing every character.
                var limit = Math.Min(text.Length, start + MaxSentenceLength);
                if (i < limit)
                {
                    var ender = text[i..limit].IndexOfAny(Enders);
                    i = ender < 0 ? limit : i + ender;
                    if (i >= text.Length) break;
                }
            }
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c)) start = i;
                else continue;
            }
            if (c == '\n') { Emit(text, start, i, into); start = -1; continue; }
            if (i - start >= MaxSentenceLength && char.IsWhiteSpace(c)) { Emit(text, start, i, into); start = -1; continue; }
            if (c is not ('.' or '!' or '?')) continue;

            var end = i + 1;
            while (end < text.Length && IsCloser(text[end])) end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;   // 3.5, U.S.-led, "x."y
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0') next++;
            if (next < text.Length && text[next] != '\n' && (char.IsLower(text[next]) || text[next] is ',' or ';' or ')')) continue;
            if (c == '.' && end == i + 1 && IsAbbreviation(text, start, i) && next < text.Length && text[next] != '\n') continue;
            Emit(text, start, end, into);
            start = -1;
            i = end - 1;
        }
        if (start >= 0) Emit(text, start, text.Length, into);
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    /// <summary>The word before the period is an abbreviation or initial: "Mr", "J", "U.S", "e.g".</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;                 // initial
        if (word.Length >= 3 && word[1] == '.' && word.IndexOfAnyExcept('.') >= 0)   // U.S, e.g
        {
            var allSingle = true;
            foreach (var part in word.ToString().Split('.')) allSingle &= part.Length == 1;
            if (allSingle) return true;
        }
        return Abbreviations.Contains(word.ToString());
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, List<TextSpan> into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new TextSpan(start, end));
    }
}
