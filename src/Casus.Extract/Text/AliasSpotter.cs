using System.Buffers;

namespace Casus.Extract.Text;

/// <summary>One occurrence of a surface form in text: offsets and the index of the form.</summary>
public readonly record struct AliasHit(int Start, int Length, int Form)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds every known name in a text in one pass. A vectorised <see cref="SearchValues{T}"/> of
/// the forms' first characters jumps to the next place where a form may start (a
/// <c>SearchValues&lt;string&gt;</c> of 1,500+ forms falls back to a slow Aho–Corasick); at a word
/// start the (first, second character) index lists the candidates, longest first; the longest form that
/// sits on word boundaries wins and the scan resumes after it, so "Kata'ib Hezbollah" is one hit,
/// not two, and "Islamic Resistance in Iraq" hides the "Iraq" inside it.
/// Inside a word no form can start, so after a stop there the rest of the word's ASCII letters
/// and digits are skipped in one vectorised step; most forms' first characters are letters that
/// occur mid-word, and stopping at each of them was most of the spotter's time.
/// With the field's people dictionary (20,000+ forms) one (first, second character) list holds
/// hundreds of names ("Ab…", "Mo…"), and trying each at every capitalised word was most of the
/// time again: a pair's list is split further by the next characters (<see cref="Bucket"/>) until
/// a list is short, so a start tries only the forms that share its first few characters.
/// </summary>
public sealed class AliasSpotter
{
    private readonly string[] _forms;
    private readonly SearchValues<char>? _firstChars;
    private readonly Dictionary<char, int[]> _byFirstChar;
    private readonly Dictionary<int, Bucket> _byFirstPair;
    // The same index for ASCII pairs as a flat table (first * 128 + second), probed first.
    private readonly Bucket?[] _byAsciiPair = new Bucket?[128 * 128];
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private readonly Dictionary<char, int[]> _singleLetters;

    public AliasSpotter(IReadOnlyList<string> forms)
    {
        _forms = [.. forms];
        var usable = _forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _firstChars = usable.Length == 0 ? null : SearchValues.Create(usable.Select(f => f[0]).Distinct().ToArray());
        _byFirstChar = Enumerable.Range(0, _forms.Length)
            .Where(i => _forms[i].Length > 0)
            .GroupBy(i => _forms[i][0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => _forms[i].Length).ToArray());
        _singleLetters = _byFirstChar.ToDictionary(p => p.Key, p => p.Value.Where(i => _forms[i].Length == 1).ToArray());
        _byFirstPair = Enumerable.Range(0, _forms.Length)
            .Where(i => _forms[i].Length > 1)
            .GroupBy(i => Pair(_forms[i][0], _forms[i][1]))
            .ToDictionary(g => g.Key, g => Bucket.Build(_forms, g.OrderByDescending(i => _forms[i].Length).ToArray(), 2));
        foreach (var (pair, candidates) in _byFirstPair)
            if ((pair >> 16) < 128 && (pair & 0xFFFF) < 128) _byAsciiPair[((pair >> 16) << 7) | (pair & 0xFFFF)] = candidates;
    }

    private static int Pair(char a, char b) => (a << 16) | b;

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

    private int LongestAt(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && IsWordChar(text[start - 1]) && IsWordChar(text[start])) return -1;
        var rest = text[start..];
        var best = -1;
        if (rest.Length > 1)
        {
            Bucket? pairs;
            if (rest[0] < 128 && rest[1] < 128) pairs = _byAsciiPair[(rest[0] << 7) | rest[1]];
            else _byFirstPair.TryGetValue(Pair(rest[0], rest[1]), out pairs);
            if (pairs is not null) best = Longest(rest, text, start, pairs);
        }
        if (best >= 0) return best;
        // One-letter forms are the only ones the pair index cannot hold.
        return _singleLetters.TryGetValue(text[start], out var singles) ? Longest(rest, text, start, singles) : -1;
    }

    /// <summary>The longest form of the bucket (or its sub-buckets) at the start: the deeper
    /// bucket's forms are all longer than the ones that end at this depth, so it is tried first.</summary>
    private int Longest(ReadOnlySpan<char> rest, ReadOnlySpan<char> text, int start, Bucket bucket)
    {
        if (bucket.Leaf is { } leaf) return Longest(rest, text, start, leaf);
        if (rest.Length > bucket.Depth && bucket.Next!.TryGetValue(rest[bucket.Depth], out var deeper))
        {
            var found = Longest(rest, text, start, deeper);
            if (found >= 0) return found;
        }
        return bucket.EndHere.Length == 0 ? -1 : Longest(rest, text, start, bucket.EndHere);
    }

    /// <summary>Forms sharing their first <see cref="Depth"/> characters: a short list (longest
    /// first), or the forms exactly that long plus sub-buckets by the next character.</summary>
    private sealed class Bucket
    {
        private const int LeafSize = 12;

        public int Depth { get; private init; }
        public int[]? Leaf { get; private init; }
        public int[] EndHere { get; private init; } = [];
        public Dictionary<char, Bucket>? Next { get; private init; }

        public static Bucket Build(string[] forms, int[] candidates, int depth)
        {
            if (candidates.Length <= LeafSize || depth >= 64) return new Bucket { Depth = depth, Leaf = candidates };
            return new Bucket
            {
                Depth = depth,
                EndHere = candidates.Where(i => forms[i].Length == depth).ToArray(),
                Next = candidates.Where(i => forms[i].Length > depth)
                    .GroupBy(i => forms[i][depth])
                    .ToDictionary(g => g.Key, g => Build(forms, g.ToArray(), depth + 1)),
            };
        }
    }

    private int Longest(ReadOnlySpan<char> rest, ReadOnlySpan<char> text, int start, int[] candidates)
    {
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
