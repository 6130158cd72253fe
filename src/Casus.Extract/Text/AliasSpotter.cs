using System.Buffers;

namespace Casus.Extract.Text;

/// <summary>One occurrence of a surface form in text: offsets and the index of the form.</summary>
public readonly record struct AliasHit(int Start, int Length, int Form)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds every known name in a text in one pass. A vectorised <see cref="SearchValues{T}"/> of
/// the forms' first characters jumps to the next place where a form may start; at a word start
/// the text's word there (its run of letters and digits) is looked up in an index of the forms by
/// their own first word, whose list is longest first; the longest form that sits on word
/// boundaries wins and the scan resumes after it, so "Kata'ib Hezbollah" is one hit, not two, and
/// "Islamic Resistance in Iraq" hides the "Iraq" inside it.
/// Why the first word is the key: a form that matches at a word start must cover the text's whole
/// first word (a form ending inside it fails the end-of-word rule; a form whose first word runs
/// on past the text's fails to match), so only the forms with exactly that first word can match.
/// With the field's people dictionary (20,000+ forms) this is one hash probe per word start,
/// most of them turned away before hashing by a (first character, word length) filter.
/// Inside a word no form can start, so after a stop there the rest of the word's ASCII letters
/// and digits are skipped in one vectorised step.
/// </summary>
public sealed class AliasSpotter
{
    private readonly string[] _forms;
    private readonly SearchValues<char>? _firstChars;
    // Forms by their first word (leading run of letters and digits), longest first, equal lengths
    // in lexicon order; forms that open with another character, by that character.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Dictionary<char, int[]> _byOtherFirstChar;
    // (first character's low 7 bits, first word's length mod 64) of every first word: a filter
    // that a word start must pass before it is hashed (equal words always pass).
    private readonly ulong[] _firstWordLengths = new ulong[128];
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public AliasSpotter(IReadOnlyList<string> forms)
    {
        _forms = [.. forms];
        var usable = _forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _firstChars = usable.Length == 0 ? null : SearchValues.Create(usable.Select(f => f[0]).Distinct().ToArray());
        var ordered = Enumerable.Range(0, _forms.Length)
            .Where(i => _forms[i].Length > 0)
            .OrderByDescending(i => _forms[i].Length)
            .ToArray();
        _byFirstWord = ordered
            .Where(i => IsWordChar(_forms[i][0]))
            .GroupBy(i => _forms[i][..WordRunLength(_forms[i], 0)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _byFirstWord.Dictionary.Keys) _firstWordLengths[word[0] & 127] |= 1UL << (word.Length & 63);
        _byOtherFirstChar = ordered
            .Where(i => !IsWordChar(_forms[i][0]))
            .GroupBy(i => _forms[i][0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public int Count => _forms.Length;

    public string this[int form] => _forms[form];

    public List<AliasHit> Spot(string text) => Spot(text.AsSpan());

    public List<AliasHit> Spot(ReadOnlySpan<char> text)
    {
        var hits = new List<AliasHit>();
        Spot(text, hits);
        return hits;
    }

    /// <summary>Appends the hits, in text order and non-overlapping, to <paramref name="into"/>.</summary>
    public void Spot(ReadOnlySpan<char> text, List<AliasHit> into)
    {
        if (_firstChars is null) return;
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(_firstChars);
            if (found < 0) return;
            var start = position + found;
            // A form can only start where one of the forms' first characters is; LongestAt is
            // -1 wherever no form matches, so this visits the same starts as a string search.
            var form = LongestAt(text, start);
            if (form < 0) { position = IsWordChar(text[start]) ? WordRunEnd(text, start + 1) : start + 1; continue; }
            into.Add(new AliasHit(start, _forms[form].Length, form));
            position = start + _forms[form].Length;
        }
    }

    /// <summary>The first position at or after <paramref name="from"/> that is not an ASCII letter or
    /// digit: every position skipped follows a word character and is one itself, so LongestAt
    /// would turn it away.</summary>
    private static int WordRunEnd(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return text.Length;
        var skip = text[from..].IndexOfAnyExcept(AsciiWordChars);
        return skip < 0 ? text.Length : from + skip;
    }

    private static int WordRunLength(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end - start;
    }

    private int LongestAt(ReadOnlySpan<char> text, int start)
    {
        var first = text[start];
        if (!IsWordChar(first))
            return _byOtherFirstChar.TryGetValue(first, out var others) ? Longest(text, start, others) : -1;
        if (start > 0 && IsWordChar(text[start - 1])) return -1;
        var length = WordRunLength(text, start);
        if ((_firstWordLengths[first & 127] & (1UL << (length & 63))) == 0) return -1;
        return _byFirstWord.TryGetValue(text.Slice(start, length), out var candidates) ? Longest(text, start, candidates) : -1;
    }

    private int Longest(ReadOnlySpan<char> text, int start, int[] candidates)
    {
        var rest = text[start..];
        foreach (var form in candidates)
        {
            var value = _forms[form];
            if (!rest.StartsWith(value, StringComparison.Ordinal)) continue;
            var after = start + value.Length;
            if (after < text.Length && IsWordChar(text[after]) && IsWordChar(value[^1])) continue;
            return form;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
