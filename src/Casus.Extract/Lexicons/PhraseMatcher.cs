using Casus.Extract.Text;

namespace Casus.Extract.Lexicons;

/// <summary>
/// A compiled set of <see cref="PhrasePattern"/>s: patterns are indexed by their first word (or
/// a prefix's first three letters, or "number"), so each token costs one dictionary probe with
/// a span key, not one comparison per pattern. Quote marks inside a phrase are ignored.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly PhrasePattern[] _patterns;
    // The patterns' elements as arrays (no interface call per element in MatchFrom), and per
    // pattern a cheap test of its second element (see SecondMayMatch).
    private readonly PatternElement[][] _elements;
    private readonly SecondElement[] _second;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly int[] _byNumber;
    private readonly Dictionary<string, List<int>> _foldedWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _foldedPrefixes = new(StringComparer.Ordinal);
    // Candidates by WordVocabulary id (null: no pattern starts there); set by Bind.
    private int[]?[] _byWordId = [];
    private int[]?[] _byPrefixId = [];
    // Filters that turn most dictionary probes away cheaply: per (first letter, second letter,
    // length) of the exact first words, and per first three letters of the prefixes.
    private readonly bool[] _wordFilter = new bool[FilterSize];
    private readonly bool[] _prefixFilter = new bool[FilterSize];
    private const int FilterSize = 32 * 32 * 32;

    public PhraseMatcher(IReadOnlyList<PhrasePattern> patterns)
    {
        _patterns = [.. patterns];
        _elements = [.. _patterns.Select(p => p.Elements.ToArray())];
        _second = [.. _elements.Select(SecondElement.Of)];
        var words = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var numbers = new List<int>();
        for (var i = 0; i < _patterns.Length; i++)
        {
            var first = _patterns[i].Elements[0];
            if (first.Kind == PatternElementKind.Number) { numbers.Add(i); continue; }
            var (index, key) = first.Kind == PatternElementKind.Prefix ? (prefixes, first.Text[..3]) : (words, first.Text);
            var folded = first.Kind == PatternElementKind.Prefix ? _foldedPrefixes : _foldedWords;
            if (!folded.TryGetValue(key, out var same)) folded[key] = same = [];
            same.Add(i);
            foreach (var variant in new[] { key, key.Replace('\'', '’') }.Distinct())
            {
                if (!index.TryGetValue(variant, out var list)) index[variant] = list = [];
                list.Add(i);
            }
        }
        foreach (var key in words.Keys) _wordFilter[FilterKey(key[0], key.Length > 1 ? key[1] : '\0', key.Length)] = true;
        foreach (var key in prefixes.Keys) _prefixFilter[FilterKey(key[0], key[1], key[2])] = true;
        _byWord = Freeze(words).GetAlternateLookup<ReadOnlySpan<char>>();
        _byPrefix = Freeze(prefixes).GetAlternateLookup<ReadOnlySpan<char>>();
        _byNumber = [.. numbers];
    }

    public PhrasePattern this[int entry] => _patterns[entry];

    /// <summary>The folded first words and prefix stems, for the shared <see cref="WordVocabulary"/>.</summary>
    public IEnumerable<string> FoldedKeys => _foldedWords.Keys.Concat(_foldedPrefixes.Keys);

    /// <summary>Indexes the candidates by the shared vocabulary's ids (see <see cref="Match(string, List{Token}, ReadOnlySpan{int}, ReadOnlySpan{int}, List{PhraseMatch}, bool)"/>).</summary>
    public void Bind(WordVocabulary vocabulary)
    {
        _byWordId = new int[]?[vocabulary.Count];
        _byPrefixId = new int[]?[vocabulary.Count];
        foreach (var (key, list) in _foldedWords) _byWordId[vocabulary.Id(key)] = [.. list];
        foreach (var (key, list) in _foldedPrefixes) _byPrefixId[vocabulary.Id(key)] = [.. list];
    }

    /// <summary>As <see cref="Match(string, List{Token}, List{PhraseMatch}, bool)"/>, with each word
    /// token's <see cref="WordVocabulary"/> id (and its first three letters' id) looked up once by
    /// the caller; only tokens whose id starts some pattern are tried. Needs <see cref="Bind"/>.</summary>
    public void Match(string text, List<Token> tokens, ReadOnlySpan<int> wordIds, ReadOnlySpan<int> prefixIds, List<PhraseMatch> into, bool greedy)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.IsWordLike) continue;
            var best = new PhraseMatch(-1, t, t - 1, -1, -2, null);
            if (token.Kind == TokenKind.Number) Try(_byNumber, text, tokens, t, ref best);
            else
            {
                if (wordIds[t] >= 0 && _byWordId[wordIds[t]] is { } exact) Try(exact, text, tokens, t, ref best);
                if (prefixIds[t] >= 0 && _byPrefixId[prefixIds[t]] is { } prefixed) Try(prefixed, text, tokens, t, ref best);
            }
            if (best.Entry < 0) continue;
            into.Add(best);
            if (greedy) t = best.Last;
        }
    }

    /// <summary>Appends matches to <paramref name="into"/>. <paramref name="greedy"/>: leftmost-longest,
    /// non-overlapping (modality words: "could even" hides "could"); otherwise the longest match
    /// at every start.</summary>
    public void Match(string text, List<Token> tokens, List<PhraseMatch> into, bool greedy)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.IsWordLike) continue;
            var best = new PhraseMatch(-1, t, t - 1, -1, -2, null);
            if (token.Kind == TokenKind.Number) Try(_byNumber, text, tokens, t, ref best);
            else
            {
                var span = token.Of(text);
                // Tokens with a non-ASCII letter up front skip the filters (case folding is not bucket-safe there).
                var ascii = span[0] < 128 && (span.Length < 2 || span[1] < 128) && (span.Length < 3 || span[2] < 128);
                if ((!ascii || _wordFilter[FilterKey(span[0], span.Length > 1 ? span[1] : '\0', span.Length)])
                    && _byWord.TryGetValue(span, out var exact)) Try(exact, text, tokens, t, ref best);
                if (span.Length >= 3 && (!ascii || _prefixFilter[FilterKey(span[0], span[1], span[2])])
                    && _byPrefix.TryGetValue(span[..3], out var prefixed)) Try(prefixed, text, tokens, t, ref best);
            }
            if (best.Entry < 0) continue;
            into.Add(best);
            if (greedy) t = best.Last;
        }
    }

    private void Try(int[] candidates, string text, List<Token> tokens, int start, ref PhraseMatch best)
    {
        // The token a pattern's second element must match (MatchFrom skips quote marks between).
        var next = start + 1;
        while (next < tokens.Count && tokens[next].Kind == TokenKind.Quote) next++;
        var nextLength = -1;
        var nextFirst = '\0';
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word)
        {
            nextLength = tokens[next].Length;
            nextFirst = WordVocabulary.Fold(text[tokens[next].Start]);
        }
        foreach (var entry in candidates)
        {
            if (!_second[entry].MayMatch(nextLength, nextFirst)) continue;
            var gapFirst = -1;
            var gapLast = -2;
            double? number = null;
            var last = MatchFrom(_elements[entry], 0, text, tokens, start, ref gapFirst, ref gapLast, ref number);
            if (last >= 0 && (last > best.Last || (last == best.Last && best.Entry > entry)))
                best = new PhraseMatch(entry, start, last, gapFirst, gapLast, number);
        }
    }

    /// <summary>Returns the last token index matched, or -1.</summary>
    private static int MatchFrom(PatternElement[] elements, int e, string text, List<Token> tokens, int t,
        ref int gapFirst, ref int gapLast, ref double? number)
    {
        var lastMatched = t - 1;
        for (; e < elements.Length; e++)
        {
            while (t < tokens.Count && tokens[t].Kind == TokenKind.Quote) t++;
            var element = elements[e];
            if (element.Kind == PatternElementKind.Gap)
            {
                for (var skip = 0; skip <= PhrasePattern.MaxGap; skip++)
                {
                    int g1 = -1, g2 = -2;
                    double? n = number;
                    var end = MatchFrom(elements, e + 1, text, tokens, t + skip, ref g1, ref g2, ref n);
                    if (end >= 0)
                    {
                        gapFirst = t;   // the first gap on this path: every gap returns
                        gapLast = t + skip - 1;
                        number = n;
                        return end;
                    }
                    if (t + skip >= tokens.Count || !(tokens[t + skip].IsWordLike || tokens[t + skip].Kind == TokenKind.Quote)) return -1;
                }
                return -1;
            }
            if (t >= tokens.Count) return -1;
            var token = tokens[t];
            var span = token.Of(text);
            switch (element.Kind)
            {
                case PatternElementKind.Number when token.Kind == TokenKind.Number:
                    number = Tokenizer.NumberValue(span);
                    break;
                case PatternElementKind.Word when token.Kind == TokenKind.Word && WordEquals(span, element.Text):
                case PatternElementKind.Prefix when token.Kind == TokenKind.Word && span.Length >= element.Text.Length
                                                    && WordEquals(span[..element.Text.Length], element.Text):
                    break;
                default:
                    return -1;
            }
            lastMatched = t;
            t++;
        }
        return lastMatched;
    }

    /// <summary>
    /// What a pattern's second element needs of the word-like token after its first (quote marks
    /// skipped): a word (or stem) of at least <c>MinLength</c> letters — exactly <c>Length</c> for a
    /// word — whose first letter folds to <c>First</c>. A necessary condition of MatchFrom's own
    /// test, so skipping a candidate that fails it changes no match; most candidates of a common
    /// first word ("the", "to", "will") fail it, and MatchFrom is not called for them.
    /// </summary>
    private readonly record struct SecondElement(bool Any, bool Exact, int Length, char First)
    {
        public static SecondElement Of(PatternElement[] elements) =>
            elements.Length < 2 || elements[1].Kind is not (PatternElementKind.Word or PatternElementKind.Prefix) || elements[1].Text.Length == 0
                ? new SecondElement(true, false, 0, '\0')
                : new SecondElement(false, elements[1].Kind == PatternElementKind.Word, elements[1].Text.Length, elements[1].Text[0]);

        /// <param name="length">The next word token's length, or -1 when the next token is not a word.</param>
        public bool MayMatch(int length, char first) =>
            Any || (length >= 0 && (Exact ? length == Length : length >= Length) && first == First);
    }

    /// <summary>Case-insensitive equality that treats ’ and ' as the same letter.</summary>
    public static bool WordEquals(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length) return false;
        for (var i = 0; i < token.Length; i++)
        {
            var a = token[i];
            var b = word[i];
            if (a == b) continue;
            if (a == '’' && b == '\'') continue;
            if (char.ToLowerInvariant(a) != b) return false;
        }
        return true;
    }

    /// <summary>Three case-folded 5-bit buckets (a third "letter" may be a length); non-ASCII keys fold to 0.</summary>
    private static int FilterKey(char a, char b, int c) => (Bucket(a) << 10) | (Bucket(b) << 5) | (c & 31);

    private static int Bucket(char c) => c < 128 ? char.ToLowerInvariant(c) & 31 : 0;

    private static int FilterKey(char a, char b, char c) => FilterKey(a, b, Bucket(c));

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
}
