namespace Casus.Extract.Lexicons;

/// <summary>
/// The first words (and three-letter prefix stems) of every cue and modality pattern, folded
/// (lower case, ’ as ') and numbered once, so a token is hashed once per sentence and the phrase
/// matchers then index <c>int</c>-keyed tables instead of hashing the span case-insensitively each.
/// </summary>
public sealed class WordVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordVocabulary(IEnumerable<string> foldedKeys)
    {
        foreach (var key in foldedKeys) _ids.TryAdd(key, _ids.Count);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    public int Id(string foldedKey) => _ids.TryGetValue(foldedKey, out var id) ? id : -1;

    /// <summary>The id of the folded token, or -1 when no pattern starts with it.</summary>
    public int Lookup(ReadOnlySpan<char> token)
    {
        if (token.Length > 64) return -1;
        Span<char> folded = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++) folded[i] = Fold(token[i]);
        return _lookup.TryGetValue(folded, out var id) ? id : -1;
    }

    /// <summary>The folding <see cref="PhraseMatcher.WordEquals"/> implies: ’ is ', else lower case.</summary>
    public static char Fold(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);
}
