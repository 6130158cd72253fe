using Casus.Core;
using Casus.Store.Import.Csv;

namespace Casus.Store.Import.Gdelt;

/// <summary>
/// Where the fields Casus needs sit in a GDELT-format row. Raw exports have no header: GDELT 1.0
/// daily files have 57 or 58 tab-separated columns (the empty trailing URL may be cut), GDELT 2.0
/// exports 61; both keep the first 35 columns in the same order and end with DATEADDED, SOURCEURL.
/// Derived files with a header (such as the reduced 2.0 events) are read by column name.
/// </summary>
public sealed record GdeltLayout(
    string Version,
    bool HasHeader,
    char Delimiter,
    int EventId,
    int Date,
    int Actor1Country,
    int Actor2Country,
    int EventCode,
    int EventRootCode,
    int Goldstein,
    int Url)
{
    /// <summary>Positions in GDELT 1.0/2.0 raw exports (0-based). Url −1 means "the last field".</summary>
    public static GdeltLayout Raw(string version) => new(version, false, '\t', 0, 1, 7, 17, 26, 28, 30, -1);

    public bool HasDyad => Actor1Country >= 0 && Actor2Country >= 0;

    /// <summary>Looks at the first line: a known header, or a raw row of 57+ tab-separated fields.</summary>
    public static GdeltLayout Detect(string firstLine, string sourceName)
    {
        var tabs = firstLine.Split('\t');
        if (tabs.Length >= 57 && long.TryParse(tabs[0], out _))
            return Raw(tabs.Length >= 61 ? "2.0" : "1.0");
        var delimiter = tabs.Length > 1 ? '\t' : ',';
        var names = firstLine.Split(delimiter).Select(n => n.Trim().Trim('"')).ToList();
        int Find(string name) => names.FindIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        var code = Find("EventCode");
        if (code < 0)
            throw new InputException($"{sourceName}: not a GDELT events file (no header with EventCode, and not 57+ tab-separated columns)");
        var actor1 = Find("Actor1CountryCode");
        var version = actor1 >= 0 ? "2.0" : "2.0-reduced";
        return new GdeltLayout(version, true, delimiter, Find("GlobalEventID"), Find("SQLDATE"), actor1, Find("Actor2CountryCode"),
            code, Find("EventRootCode"), Find("GoldsteinScale"), Find("SOURCEURL"));
    }

    public DelimitedReader Open(TextReader text) => new(text, Delimiter, quoted: HasHeader && Delimiter == ',');
}
