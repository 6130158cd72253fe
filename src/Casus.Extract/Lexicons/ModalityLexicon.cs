using Casus.Core.Data;
namespace Casus.Extract.Lexicons;

/// <summary>What a word of <c>modality.tsv</c> does to the claims around it.</summary>
public enum ModalityCueKind : byte
{
    Negation, Hedge, Speculation, Promise, Threat, Condition,
    /// <summary>"according to X", "suspected by X": X (up to a stop word) is the attribution.</summary>
    Attribution,
    /// <summary>"said": "said X" at a clause end attributes to X; "X said, …" makes X the speaker.</summary>
    Said,
    /// <summary>Starts a new clause ("but", "given", "when"): modality does not cross it.</summary>
    Break,
    /// <summary>A sentence opening this way ends its intro phrase at the first comma.</summary>
    Intro,
    /// <summary>Matched only to hide shorter cues inside it ("not only").</summary>
    Cancel,
    /// <summary>"until", "before it was": the date after it ends the claims before it.</summary>
    Until,
    /// <summary>Relative year ("last year", value -1).</summary>
    Year,
    /// <summary>Joins list items ("and", "as well as").</summary>
    List,
    /// <summary>Ends an attribution ("of", "that").</summary>
    Stop,
    /// <summary>Hedges the claim just before it in its clause ("an attack on X was very likely").</summary>
    PostHedge,
    /// <summary>Negates the claim just before it in its clause ("made a peace treaty impossible").</summary>
    PostNegation,
}

/// <summary>One row of <c>modality.tsv</c>: <c>kind  pattern  value  notes</c>.</summary>
public sealed record ModalityEntry(ModalityCueKind Kind, PhrasePattern Pattern, string Value);

/// <summary>Negation, hedge, speculation, promise, threat, condition and attribution cues, plus
/// the few grammar words the rules need, all from data.</summary>
public sealed class ModalityLexicon
{
    public ModalityLexicon(IReadOnlyList<ModalityEntry> entries)
    {
        Entries = entries;
        // Stop, list and year words are looked up as single words; the rest are phrases.
        Matcher = new PhraseMatcher(entries.Select(e => e.Pattern).ToList());
        var stopWords = Words(entries, ModalityCueKind.Stop);
        StopWords = stopWords;
        StopWordLookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ListWords = Words(entries, ModalityCueKind.List);
    }

    public IReadOnlyList<ModalityEntry> Entries { get; }
    public PhraseMatcher Matcher { get; }
    public IReadOnlySet<string> StopWords { get; }
    /// <summary><see cref="StopWords"/> probed with a token's span, without allocating a string.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup { get; }
    public IReadOnlySet<string> ListWords { get; }

    public static ModalityLexicon Parse(string file, string text)
    {
        var entries = new List<ModalityEntry>();
        foreach (var row in TsvRow.Read(file, text, 2, 4))
        {
            if (!Enum.TryParse<ModalityCueKind>(row.Cell(0), true, out var kind) || !Enum.IsDefined(kind))
                throw row.Error($"unknown modality kind '{row.Cell(0)}' ({string.Join(", ", Enum.GetNames<ModalityCueKind>().Select(n => n.ToLowerInvariant()))})");
            var value = row.Cell(2);
            if (kind == ModalityCueKind.Year && !int.TryParse(value, out _))
                throw row.Error($"year cue '{row.Cell(1)}' needs an integer offset in column 3, found '{value}'");
            entries.Add(new ModalityEntry(kind, PhrasePattern.Parse(row.Cell(1), row), value));
        }
        return new ModalityLexicon(entries);
    }

    private static HashSet<string> Words(IReadOnlyList<ModalityEntry> entries, ModalityCueKind kind) =>
        new(entries.Where(e => e.Kind == kind).Select(e => e.Pattern.Source.Trim()), StringComparer.OrdinalIgnoreCase);
}
