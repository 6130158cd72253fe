namespace Casus.Store.Import;

/// <summary>Where an import stands, reported after every batch (and while a GDELT file is aggregated).</summary>
public sealed record ImportProgress(long RowsRead, long BytesRead, long TotalBytes, int DocumentsAdded, int DocumentsExisting, long TieClaimsAdded)
{
    public double Fraction => TotalBytes > 0 ? Math.Clamp((double)BytesRead / TotalBytes, 0, 1) : 0;
}

/// <summary>What an import did. <see cref="DocumentsResumed"/> were skipped because the checkpoint of an
/// earlier run of the same file says they are stored.</summary>
public sealed record ImportSummary(
    string File,
    DatasetKind Kind,
    long RowsRead,
    int DocumentsAdded,
    int DocumentsExisting,
    int DocumentsResumed,
    long TieClaimsAdded,
    IReadOnlyDictionary<string, long> SkippedRows,
    IReadOnlyDictionary<string, long> UnknownCodes,
    int FallbackActors,
    TimeSpan Elapsed)
{
    public long RowsSkipped => SkippedRows.Values.Sum();
}
