namespace Casus.Store.Import;

/// <summary>
/// What an import met that did not become a claim, or became one only through a fallback: rows
/// skipped by reason, codes no table maps. Counted and reported so nothing disappears silently.
/// </summary>
public sealed class ImportTally
{
    public Dictionary<string, long> SkippedRows { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes (e.g. "COW 245", "country AFR", "event 014") with how many rows carried them.</summary>
    public Dictionary<string, long> UnknownCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Actors the import had to invent ids for (COW states no table maps), with the dataset's name when it gives one.</summary>
    public Dictionary<string, string> FallbackActors { get; } = new(StringComparer.Ordinal);

    public void Skip(string reason, long count = 1) =>
        SkippedRows[reason] = SkippedRows.GetValueOrDefault(reason) + count;

    public void Unknown(string code, long count = 1) =>
        UnknownCodes[code] = UnknownCodes.GetValueOrDefault(code) + count;

    public long Skipped => SkippedRows.Values.Sum();
}
