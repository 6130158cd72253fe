using System.Text.RegularExpressions;

namespace Casus.Bench;

/// <summary>
/// The baseline the issue asks for: one compiled <see cref="Regex"/> per alias, with word
/// boundaries, each run over the whole text. Case-sensitive like the real spotter.
/// </summary>
public sealed class NaiveRegexSpotter(IEnumerable<string> aliases)
{
    private readonly Regex[] _patterns = aliases
        .Where(a => a.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .Select(a => new Regex(@"\b" + Regex.Escape(a) + @"\b", RegexOptions.Compiled | RegexOptions.CultureInvariant))
        .ToArray();

    public int PatternCount => _patterns.Length;

    /// <summary>Number of alias occurrences (overlaps included: the naive way cannot prefer the longest).</summary>
    public int Count(string text)
    {
        var hits = 0;
        foreach (var pattern in _patterns)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch()) hits++;
        }
        return hits;
    }
}
