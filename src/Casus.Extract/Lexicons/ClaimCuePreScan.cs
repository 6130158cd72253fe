using System.Buffers;

namespace Casus.Extract.Lexicons;

/// <summary>
/// A cheap, conservative test of whether a sentence can hold a claim cue (tie, state, clause) or
/// an organisation head word: one vectorised <see cref="SearchValues{T}"/> scan for the first
/// words of those patterns (a prefix pattern's stem counts; a pattern opening with a number makes
/// any digit count). A false "yes" only costs the full analysis; a "no" is always right, because
/// every such cue must start with one of these strings.
/// </summary>
internal sealed class ClaimCuePreScan
{
    private readonly SearchValues<string>? _firstWords;
    private readonly bool _numberFirst;

    private ClaimCuePreScan(SearchValues<string>? firstWords, bool numberFirst)
    {
        _firstWords = firstWords;
        _numberFirst = numberFirst;
    }

    public static ClaimCuePreScan Create(IReadOnlyList<CueEntry> entries)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var numberFirst = false;
        foreach (var entry in entries)
        {
            if (entry.Kind == CueKind.Anaphor) continue;
            var first = entry.Pattern.Elements[0];
            if (first.Kind == PatternElementKind.Number) { numberFirst = true; continue; }
            words.Add(first.Text);
            words.Add(first.Text.Replace('\'', '’'));
        }
        return new ClaimCuePreScan(words.Count == 0 ? null : SearchValues.Create([.. words], StringComparison.OrdinalIgnoreCase), numberFirst);
    }

    public bool MayHoldCue(ReadOnlySpan<char> sentence) =>
        (_firstWords is not null && sentence.IndexOfAny(_firstWords) >= 0)
        || (_numberFirst && sentence.IndexOfAnyInRange('0', '9') >= 0);
}
