using Casus.Core;
using Casus.Core.Claims;

namespace Casus.Store.Import.Codes;

/// <summary>One CAMEO code's meaning for the network: which tie it is evidence of, with which sign.</summary>
/// <param name="Index">Position in its table, so hot loops can key on a small integer.</param>
public sealed record CameoTieRule(string CodePrefix, TieType Type, int Sign, string Label, int Index = 0);

/// <summary>
/// CAMEO event code → tie type and sign, read from <c>data/datasets/cameo-tie-types.tsv</c>
/// (columns <c>code  tie_type  sign  label</c>). The most specific prefix wins: "111" may say
/// Condemnation while "11" says something milder. Codes no rule covers are reported by the importer.
/// </summary>
public sealed class CameoTieMap
{
    private readonly Dictionary<string, CameoTieRule> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CameoTieRule?> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CameoTieRule?>.AlternateLookup<ReadOnlySpan<char>> _resolvedSpans;

    private CameoTieMap() => _resolvedSpans = _resolved.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _rules.Count;

    public static CameoTieMap Parse(string tsvText, string sourceName = "cameo-tie-types.tsv")
    {
        var map = new CameoTieMap();
        var lineNumber = 0;
        foreach (var raw in tsvText.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var cells = line.Split('\t');
            if (cells.Length < 3
                || !TieTypeExtensions.TryParseSnake(cells[1], out var type)
                || !int.TryParse(cells[2].Trim(), out var sign) || sign is not (1 or -1))
                throw new InputException($"{sourceName}:{lineNumber}: expected 'code<TAB>tie_type<TAB>sign(+1/-1)<TAB>label'");
            var code = cells[0].Trim();
            map._rules[code] = new CameoTieRule(code, type, sign, cells.Length > 3 ? cells[3].Trim() : "", map._rules.Count);
        }
        return map;
    }

    /// <summary>The rule for an event code, or null when no rule covers it. Cached per code: a file
    /// has a few hundred distinct codes and millions of rows.</summary>
    public CameoTieRule? Resolve(ReadOnlySpan<char> eventCode)
    {
        if (_resolvedSpans.TryGetValue(eventCode, out var cached)) return cached;
        var code = eventCode.ToString();
        var rule = Lookup(code);
        _resolved[code] = rule;
        return rule;
    }

    private CameoTieRule? Lookup(string code)
    {
        for (var length = code.Length; length >= 2; length--)
            if (_rules.TryGetValue(code[..length], out var rule)) return rule;
        return null;
    }
}
