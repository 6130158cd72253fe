using Casus.Core.Claims;

namespace Casus.Present.Briefs;

/// <summary>
/// Numbers the documents a brief cites, in order of first citation, so each quote can say [n]
/// and the "Sources" list at the end resolves it.
/// </summary>
internal sealed class SourceList
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<Evidence> _first = [];

    public int Cite(Evidence evidence)
    {
        if (_numbers.TryGetValue(evidence.DocumentId, out var n)) return n;
        _first.Add(evidence);
        n = _first.Count;
        _numbers[evidence.DocumentId] = n;
        return n;
    }

    /// <summary>(number, outlet, date, url, document id) for each cited document.</summary>
    public IEnumerable<(int Number, Evidence First)> Entries => _first.Select((e, i) => (i + 1, e));
}
