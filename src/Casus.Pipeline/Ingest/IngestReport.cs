namespace Casus.Pipeline;

public enum IngestStatus { Added, AlreadyStored, Failed }

/// <summary>One document stored (or found already stored), or one input that failed.</summary>
/// <param name="Error">For failures: the one-line reason, naming the input.</param>
public sealed record IngestedItem(
    string Origin,
    string? DocumentId,
    string? Title,
    string? Outlet,
    DateOnly? Date,
    IngestStatus Status,
    int TieClaims,
    int StateClaims,
    string? Error);

public sealed record IngestReport(IReadOnlyList<IngestedItem> Items)
{
    public int Added => Items.Count(i => i.Status == IngestStatus.Added);

    public int Existing => Items.Count(i => i.Status == IngestStatus.AlreadyStored);

    public int Failed => Items.Count(i => i.Status == IngestStatus.Failed);

    /// <summary>A batch fails only when something failed and nothing could be ingested.</summary>
    public bool NothingIngested => Failed > 0 && Added == 0 && Existing == 0;
}

/// <summary>Progress through a batch: inputs done out of the total, and the one being read.</summary>
public sealed record IngestProgress(int Done, int Total, string Current);
