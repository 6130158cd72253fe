using Casus.Core.Data;

namespace Casus.Extract.Lexicons;

/// <summary>
/// Office and agent phrases ("foreign minister", "defence ministry", "spokesman"; from the Phoenix
/// agents dictionary, <c>petrarch-offices.tsv</c>) that, next to a state's name, are that state
/// speaking: "Iran's foreign minister", "a Kremlin spokesman", "the Russian defence ministry",
/// "the foreign minister of Iran". The alias spotter's hit for the state then covers the office
/// too, so the mention is the clause's subject rather than a possessor.
/// Matched case-insensitively on whole words, with single spaces between them.
/// </summary>
public sealed class OfficeLexicon
{
    private readonly HashSet<string> _phrases;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Every phrase and every run of its leading words ("foreign", "foreign minister"), true for a
    // whole phrase: EndAfter grows the words after a name one at a time and stops at the first run
    // that opens no phrase, instead of probing every run up to MaxWords words (one probe per word
    // after each of a document's actor hits was a twentieth of the extraction time).
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _openings;

    public OfficeLexicon(IEnumerable<string> phrases)
    {
        _phrases = new HashSet<string>(phrases.Select(p => p.Trim()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var openings = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in _phrases)
        {
            openings[phrase] = true;
            for (var space = phrase.IndexOf(' '); space >= 0; space = phrase.IndexOf(' ', space + 1))
                openings.TryAdd(phrase[..space], false);
        }
        _openings = openings.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = _phrases.Count == 0 ? 0 : _phrases.Max(p => p.Count(c => c == ' ') + 1);
    }

    public static OfficeLexicon Empty { get; } = new([]);

    public int Count => _phrases.Count;

    /// <summary>The most words any phrase has.</summary>
    public int MaxWords { get; }

    public bool Contains(string phrase) => _phrases.Contains(phrase);

    /// <summary>Reads <c>phrase  sector  source</c> rows, leaving out a phrase that a claim cue's
    /// opening words would overlap: "Russian forces attacked" must keep "forces attacked" for the
    /// cue "{s} forces attacked", so "forces" cannot be taken into the mention ("defence ministry"
    /// stays: no cue opens with it, "defence pact" is another phrase).</summary>
    public static OfficeLexicon Parse(string file, string text, IEnumerable<PhrasePattern> cues)
    {
        var openings = cues.Select(Opening).Where(o => o.Length > 0).ToList();
        var phrases = new List<string>();
        foreach (var row in TsvRow.Read(file, text, 1, 3))
        {
            var phrase = row.Cell(0);
            if (phrase.Length == 0) throw row.Error("empty office phrase");
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (openings.Any(o => Overlaps(o, words))) continue;
            phrases.Add(phrase);
        }
        return new OfficeLexicon(phrases);
    }

    /// <summary>A cue's leading literal words and stems (up to its first gap or number).</summary>
    private static PatternElement[] Opening(PhrasePattern pattern) =>
        pattern.Elements.TakeWhile(e => e.Kind is PatternElementKind.Word or PatternElementKind.Prefix).ToArray();

    /// <summary>Either sequence is a prefix of the other (word by word; a stem matches its words).</summary>
    private static bool Overlaps(PatternElement[] opening, string[] words)
    {
        var n = Math.Min(opening.Length, words.Length);
        for (var i = 0; i < n; i++)
        {
            var e = opening[i];
            var same = e.Kind == PatternElementKind.Prefix ? words[i].StartsWith(e.Text, StringComparison.Ordinal) : words[i] == e.Text;
            if (!same) return false;
        }
        return true;
    }

    /// <summary>Where an office phrase right after an actor's name ends ("Iran['s] foreign
    /// minister", "Kremlin spokesman"); -1 when none follows. Longest phrase wins.</summary>
    public int EndAfter(string text, int end)
    {
        if (MaxWords == 0) return -1;
        var at = end;
        if (at + 1 < text.Length && Tokenish.IsApostrophe(text[at]) && text[at + 1] is 's' or 'S') at += 2;
        if (at >= text.Length || text[at] != ' ') return -1;
        var start = at + 1;
        var maxWords = Math.Min(MaxWords, 16);
        var best = -1;
        var position = start;
        for (var count = 0; count < maxWords; count++)
        {
            var wordEnd = WordEnd(text, position);
            if (wordEnd == position) break;
            // A run of words that opens no phrase cannot be followed by one that is a phrase.
            if (!_openings.TryGetValue(text.AsSpan(start, wordEnd - start), out var whole)) break;
            if (whole) best = wordEnd;
            if (wordEnd >= text.Length || text[wordEnd] != ' ') break;
            position = wordEnd + 1;
        }
        return best;
    }

    /// <summary>Where an office phrase that ends in "of" / "for" [the] before an actor's name
    /// starts ("the foreign minister of Iran", "a spokesman for the Kremlin"); -1 when none.</summary>
    public int StartBefore(string text, int start)
    {
        if (MaxWords == 0) return -1;
        var at = start;
        if (EndsWithWord(text, at, "the ")) at -= 4;
        int linkEnd;
        if (EndsWithWord(text, at, "of ")) linkEnd = at - 3;
        else if (EndsWithWord(text, at, "for ")) linkEnd = at - 4;
        else return -1;
        if (linkEnd < 1 || text[linkEnd - 1] != ' ') return -1;
        var phraseEnd = linkEnd - 1;
        var best = -1;
        var position = phraseEnd;
        for (var words = 0; words < MaxWords && position > 0; words++)
        {
            var wordStart = WordStart(text, position);
            if (wordStart == position) break;
            if (_lookup.Contains(text.AsSpan(wordStart, phraseEnd - wordStart))) best = wordStart;
            if (wordStart == 0 || text[wordStart - 1] != ' ') break;
            position = wordStart - 1;
        }
        return best;
    }

    private static bool EndsWithWord(string text, int at, string word) =>
        at >= word.Length && text.AsSpan(at - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (at - word.Length == 0 || !char.IsLetter(text[at - word.Length - 1]));

    private static int WordEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i > from))) i++;
        return i;
    }

    private static int WordStart(string text, int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '-' && i < end))) i--;
        return i;
    }

    private static class Tokenish
    {
        public static bool IsApostrophe(char c) => c is '\'' or '’';
    }
}
