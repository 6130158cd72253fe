using Casus.Core.Data;
namespace Casus.Extract.Lexicons;

public enum PatternElementKind : byte { Word, Prefix, Gap, Number }

public readonly record struct PatternElement(PatternElementKind Kind, string Text);

/// <summary>
/// A cue as written in a lexicon file: space-separated words matched case-insensitively,
/// <c>stem*</c> for a word prefix, <c>*</c> for a gap of up to <see cref="MaxGap"/> words,
/// <c>{n}</c> for a number, and the role slots <c>{s}</c> (first: an actor right before) and
/// <c>{o}</c> (last: an actor right after). Both apostrophes are the same letter.
/// </summary>
public sealed class PhrasePattern
{
    public const int MaxGap = 5;

    private PhrasePattern(string source, PatternElement[] elements, bool subjectSlot, bool objectSlot)
    {
        Source = source;
        Elements = elements;
        SubjectSlot = subjectSlot;
        ObjectSlot = objectSlot;
    }

    public string Source { get; }
    public IReadOnlyList<PatternElement> Elements { get; }
    public bool SubjectSlot { get; }
    public bool ObjectSlot { get; }

    public override string ToString() => Source;

    /// <summary>Parses a pattern cell; <paramref name="row"/> names the line in errors.</summary>
    public static PhrasePattern Parse(string text, TsvRow row)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count == 0) throw row.Error("empty pattern");
        var subject = parts[0] == "{s}";
        if (subject) parts.RemoveAt(0);
        var obj = parts.Count > 0 && parts[^1] == "{o}";
        if (obj) parts.RemoveAt(parts.Count - 1);
        if (parts.Count == 0) throw row.Error($"pattern '{text}' has only slots");
        var elements = new PatternElement[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i].Replace('’', '\'');
            elements[i] = part switch
            {
                "*" => new PatternElement(PatternElementKind.Gap, ""),
                "{n}" => new PatternElement(PatternElementKind.Number, ""),
                "{s}" or "{o}" => throw row.Error($"pattern '{text}': {part} may only open ({{s}}) or close ({{o}}) a pattern"),
                _ when part.EndsWith('*') && part.Length >= 4 => new PatternElement(PatternElementKind.Prefix, part[..^1].ToLowerInvariant()),
                _ when part.EndsWith('*') => throw row.Error($"pattern '{text}': prefix '{part}' needs at least 3 letters"),
                _ => new PatternElement(PatternElementKind.Word, part.ToLowerInvariant()),
            };
        }
        if (elements[0].Kind == PatternElementKind.Gap || elements[^1].Kind == PatternElementKind.Gap)
            throw row.Error($"pattern '{text}' may not start or end with a gap '*'");
        return new PhrasePattern(text, elements, subject, obj);
    }
}
