using Casus.Core;
using Casus.Core.Actors;

namespace Casus.Store.Import.Codes;

/// <summary>
/// Maps dataset country codes (COW numeric, COW abbreviation, ISO alpha-3, CAMEO) onto the actor
/// ids text extraction uses, so Iran is one actor whatever the source. Built from
/// <c>data/lexicon/country-codes.tsv</c> (columns <c>iso3 cow_num cow_abb cameo</c>, header optional,
/// <c>#</c> comments); the table, not the code, says which code is which state.
/// </summary>
public sealed class ActorCodeMap
{
    private static readonly string[] DefaultColumns = ["iso3", "cow_num", "cow_abb", "cameo"];
    private readonly Dictionary<int, ActorId> _byCowNumber = [];
    private readonly Dictionary<string, ActorId> _byCowAbbrev = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorId> _byCountryCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorId>.AlternateLookup<ReadOnlySpan<char>> _countryCodeSpans;

    private ActorCodeMap() => _countryCodeSpans = _byCountryCode.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _byCountryCode.Count;

    public static ActorCodeMap Parse(string tsvText, string sourceName = "country-codes.tsv")
    {
        var map = new ActorCodeMap();
        string[] columns = DefaultColumns;
        var lineNumber = 0;
        var sawRow = false;
        foreach (var raw in tsvText.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (!sawRow && cells.Any(c => c.Trim().Equals("iso3", StringComparison.OrdinalIgnoreCase)))
            {
                columns = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
                sawRow = true;
                continue;
            }
            sawRow = true;
            string Cell(string name)
            {
                var i = Array.IndexOf(columns, name);
                return i >= 0 && i < cells.Length ? cells[i].Trim() : "";
            }
            var iso3 = Cell("iso3");
            if (iso3.Length == 0) throw new InputException($"{sourceName}:{lineNumber}: row without an iso3 id");
            map.Add(new ActorId(iso3), Cell("cow_num"), Cell("cow_abb"), Cell("cameo"));
        }
        return map;
    }

    private void Add(ActorId id, string cowNumber, string cowAbbrev, string cameo)
    {
        _byCountryCode.TryAdd(id.Value, id);
        // Several cells may list alternatives ("ROM | ROU") for codes that changed.
        foreach (var n in Alternatives(cowNumber))
            if (int.TryParse(n, out var num)) _byCowNumber.TryAdd(num, id);
        foreach (var a in Alternatives(cowAbbrev)) _byCowAbbrev.TryAdd(a, id);
        foreach (var c in Alternatives(cameo)) _byCountryCode.TryAdd(c, id);
    }

    private static IEnumerable<string> Alternatives(string cell) =>
        cell.Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private readonly Dictionary<int, string> _cowNames = [];

    /// <summary>Adds the names of COW states no ISO state stands for (<c>data/lexicon/cow-state-names.tsv</c>:
    /// <c>cow_num cow_abb name</c>, a header and <c>#</c> comments allowed), so their fallback actors are named.</summary>
    public ActorCodeMap WithCowNames(string tsvText, string sourceName = "cow-state-names.tsv")
    {
        var lineNumber = 0;
        foreach (var raw in tsvText.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells[0].Trim() == "cow_num") continue;
            if (cells.Length < 3 || !int.TryParse(cells[0].Trim(), out var code) || cells[2].Trim().Length == 0)
                throw new InputException($"{sourceName}:{lineNumber}: expected 'cow_num<TAB>cow_abb<TAB>name'");
            _cowNames.TryAdd(code, cells[2].Trim());
        }
        return this;
    }

    /// <summary>The COW name of a state no ISO state stands for ("German Federal Republic" for 260), if listed.</summary>
    public string? CowName(int code) => _cowNames.GetValueOrDefault(code);

    public ActorId? FromCowNumber(int code) => _byCowNumber.TryGetValue(code, out var id) ? id : null;

    public ActorId? FromCowAbbrev(string code) => _byCowAbbrev.TryGetValue(code.Trim(), out var id) ? id : null;

    /// <summary>ISO alpha-3 or CAMEO country code (GDELT's Actor1CountryCode).</summary>
    public ActorId? FromCountryCode(ReadOnlySpan<char> code) =>
        _countryCodeSpans.TryGetValue(code, out var id) ? id : null;

    /// <summary>The id for a COW state the table does not list (mostly states that no longer exist, such as
    /// Bavaria, 245): a stable slug, so the alliance is kept and the code is reported, never dropped.</summary>
    public static ActorId CowFallback(int code) => new($"cow-{code}");
}
