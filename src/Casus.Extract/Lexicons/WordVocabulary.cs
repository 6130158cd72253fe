using System.Runtime.CompilerServices;

namespace Casus.Extract.Lexicons;

/// <summary>
/// The first words (and three-letter prefix stems) of every cue and modality pattern, folded
/// (lower case, ’ as ') and numbered once, so a token is hashed once per sentence and the phrase
/// matchers then index <c>int</c>-keyed tables instead of hashing the span case-insensitively each.
/// The table is its own open-addressing hash over folded characters: one pass over a token folds,
/// hashes the whole word and, on the way, its first three letters, with no copy of the token
/// (a <c>Dictionary</c> span lookup per word and per prefix was a tenth of the extraction time).
/// </summary>
public sealed class WordVocabulary
{
    private const int MaxWord = 64;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly string[] _keys;
    // Slot → id + 1 (0: empty); the capacity is a power of two at least four times the keys.
    private readonly int[] _slots;
    private readonly int _mask;
    // Filters that turn most tokens away before hashing: the lengths (bit per length, mod 64) of
    // the keys by their first two folded characters' low five bits, and the three-letter keys by
    // their three characters' low five bits. Folding is deterministic, so equal folded characters
    // always share a bucket and a filter never turns a key away.
    private readonly ulong[] _lengthsByFirstPair = new ulong[32 * 32];
    private readonly bool[] _threeLetterKeys = new bool[32 * 32 * 32];

    public WordVocabulary(IEnumerable<string> foldedKeys)
    {
        foreach (var key in foldedKeys) _ids.TryAdd(key, _ids.Count);
        _keys = new string[_ids.Count];
        foreach (var (key, id) in _ids) _keys[id] = key;
        var capacity = 16;
        while (capacity < _keys.Length * 4) capacity *= 2;
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (var id = 0; id < _keys.Length; id++)
        {
            var hash = 0u;
            foreach (var c in _keys[id]) hash = Step(hash, c);
            var slot = (int)(Finish(hash) & (uint)_mask);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = id + 1;
            var key = _keys[id];
            if (key.Length == 0) continue;
            _lengthsByFirstPair[PairBucket(key[0], key.Length > 1 ? key[1] : '\0')] |= 1UL << (key.Length & 63);
            if (key.Length == 3) _threeLetterKeys[(PairBucket(key[0], key[1]) << 5) | (key[2] & 31)] = true;
        }
    }

    private static int PairBucket(char first, char second) => ((first & 31) << 5) | (second & 31);

    public int Count => _keys.Length;

    public int Id(string foldedKey) => _ids.TryGetValue(foldedKey, out var id) ? id : -1;

    /// <summary>The id of the folded token, or -1 when no pattern starts with it.</summary>
    public int Lookup(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxWord) return -1;
        var hash = 0u;
        foreach (var c in token) hash = Step(hash, Fold(c));
        return Find(token, Finish(hash));
    }

    /// <summary>The ids of the whole folded token and of its first three letters, in one pass:
    /// the same answers as <see cref="Lookup"/> on the token and on its first three letters
    /// (-1 for a token shorter than three letters).</summary>
    public void LookupWordAndPrefix(ReadOnlySpan<char> token, out int word, out int prefix)
    {
        word = -1;
        prefix = -1;
        if (token.Length == 0) { word = Lookup(token); return; }
        var first = Fold(token[0]);
        var second = token.Length > 1 ? Fold(token[1]) : '\0';
        var pair = PairBucket(first, second);
        var wordMayMatch = token.Length <= MaxWord && (_lengthsByFirstPair[pair] & (1UL << (token.Length & 63))) != 0;
        var prefixMayMatch = token.Length > 3 && _threeLetterKeys[(pair << 5) | (Fold(token[2]) & 31)];
        if (!wordMayMatch && !prefixMayMatch)
        {
            // A three-letter token's prefix id is its word id.
            return;
        }
        var hash = 0u;
        var prefixHash = 0u;
        for (var i = 0; i < token.Length; i++)
        {
            hash = Step(hash, Fold(token[i]));
            if (i == 2) prefixHash = hash;
        }
        word = wordMayMatch ? Find(token, Finish(hash)) : -1;
        prefix = token.Length < 3 ? -1 : token.Length == 3 ? word : prefixMayMatch ? Find(token[..3], Finish(prefixHash)) : -1;
    }

    private int Find(ReadOnlySpan<char> token, uint hash)
    {
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if (FoldedEquals(token, _keys[entry - 1])) return entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    private static bool FoldedEquals(ReadOnlySpan<char> token, string key)
    {
        if (token.Length != key.Length) return false;
        for (var i = 0; i < token.Length; i++) if (Fold(token[i]) != key[i]) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint hash) => hash ^ (hash >> 15);

    /// <summary>The folding <see cref="PhraseMatcher.WordEquals"/> implies: ’ is ', else lower case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        return c == '’' ? '\'' : char.ToLowerInvariant(c);
    }
}
