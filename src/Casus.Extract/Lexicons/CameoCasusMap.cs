using Casus.Core.Data;

namespace Casus.Extract.Lexicons;

/// <summary>
/// <c>data/lexicon/cameo-casus.tsv</c>: CAMEO code prefixes and PLOVER event types → Casus tie
/// types (snake_case names, kept as text: a type the code does not model yet still maps).
/// </summary>
public sealed class CameoCasusMap
{
    public const string File = "cameo-casus.tsv";

    private readonly Dictionary<string, string?> _cameo;
    private readonly Dictionary<string, IReadOnlyList<string>> _plover;

    private CameoCasusMap(Dictionary<string, string?> cameo, Dictionary<string, IReadOnlyList<string>> plover, IReadOnlyList<string> ploverOrder)
    {
        _cameo = cameo;
        _plover = plover;
        PloverTypes = ploverOrder;
    }

    /// <summary>Every PLOVER event type the file lists, in file order (modelled or not).</summary>
    public IReadOnlyList<string> PloverTypes { get; }

    public static CameoCasusMap Parse(string text, string file = File)
    {
        var cameo = new Dictionary<string, string?>(StringComparer.Ordinal);
        var plover = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var row in TsvRow.Read(file, text, 3, 5))
        {
            var code = row.Cell(1);
            if (code.Length == 0) throw row.Error("empty code");
            var types = row.Cell(2) == "-" ? [] : TsvRow.List(row.Cell(2));
            switch (row.Cell(0).ToLowerInvariant())
            {
                case "cameo":
                    if (types.Count > 1) throw row.Error($"CAMEO code {code} maps to more than one tie type");
                    if (!cameo.TryAdd(code, types.Count == 0 ? null : types[0])) throw row.Error($"CAMEO code {code} listed twice");
                    break;
                case "plover":
                    if (!plover.TryAdd(code, types)) throw row.Error($"PLOVER type {code} listed twice");
                    order.Add(code.ToUpperInvariant());
                    break;
                default:
                    throw row.Error($"unknown scheme '{row.Cell(0)}' (cameo, plover)");
            }
        }
        return new CameoCasusMap(cameo, plover, order);
    }

    /// <summary>The Casus tie type of a CAMEO code (longest listed prefix), or null when Casus models none.</summary>
    public string? ForCameo(string code)
    {
        code = code.Trim();
        for (var length = code.Length; length > 0; length--)
            if (_cameo.TryGetValue(code[..length], out var type)) return type;
        return null;
    }

    /// <summary>The Casus tie types that count for a PLOVER event type; empty when Casus models none
    /// (or the type is not listed).</summary>
    public IReadOnlyList<string> ForPlover(string eventType) =>
        _plover.TryGetValue(eventType.Trim(), out var types) ? types : [];

    /// <summary>The PLOVER type a claim of this Casus type counts against when it matches no gold
    /// event: the first listed type whose family starts with it, else the first that holds it.</summary>
    public string? PrimaryPloverFor(string tieType)
    {
        foreach (var type in PloverTypes)
            if (ForPlover(type) is { Count: > 0 } list && string.Equals(list[0], tieType, StringComparison.OrdinalIgnoreCase)) return type;
        foreach (var type in PloverTypes)
            if (ForPlover(type).Contains(tieType, StringComparer.OrdinalIgnoreCase)) return type;
        return null;
    }
}
