using System.Globalization;
using Casus.Core;

namespace Casus.Reason.Weights;

/// <summary>
/// The parsed <c>data/reasoning/weights.tsv</c>: <c>key TAB value TAB comment</c> per line.
/// Every number of the model lives there, so tuning never touches code. Reads are tracked so the
/// engine can reject keys nobody uses (a typo in the file must not silently do nothing).
/// </summary>
public sealed class WeightTable
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private WeightTable(Dictionary<string, string> values) => _values = values;

    public IReadOnlyCollection<string> Keys => _values.Keys;

    public static WeightTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            var where = $"weights file line {i + 1}";
            if (cells.Length < 3 || cells[2].Trim().Length == 0)
                throw new InputException($"{where}: expected 'key<TAB>value<TAB>comment' (every number needs its comment).");
            var key = cells[0].Trim();
            if (key.Length == 0) throw new InputException($"{where}: empty key.");
            if (!values.TryAdd(key, cells[1].Trim())) throw new InputException($"{where}: key '{key}' appears twice.");
        }
        return new WeightTable(values);
    }

    public double Number(string key)
    {
        var raw = Raw(key);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new InputException($"weights file: '{key}' must be a number, not '{raw}'.");
        return value;
    }

    /// <summary>A <c>|</c>-separated list of words (e.g. cues that turn a hedge into doubt).</summary>
    public IReadOnlyList<string> Words(string key) =>
        Raw(key).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Throws when the file holds keys that no part of the model read.</summary>
    public void RejectUnused()
    {
        var unused = _values.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
            throw new InputException($"weights file: unknown key(s) {string.Join(", ", unused)}.");
    }

    private string Raw(string key)
    {
        if (!_values.TryGetValue(key, out var raw)) throw new InputException($"weights file: missing key '{key}'.");
        _read.Add(key);
        return raw;
    }
}
