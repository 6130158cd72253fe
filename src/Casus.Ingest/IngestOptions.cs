namespace Casus.Ingest;

/// <summary>
/// Resource limits for reading. The caps bound memory and time per input: a file over
/// <see cref="MaxDocumentBytes"/> is rejected before it is read into memory (its size is checked first),
/// so a 50 MB dump costs nothing; raise the cap for genuinely long documents.
/// </summary>
public sealed record IngestOptions
{
    public const int Megabyte = 1024 * 1024;

    /// <summary>Largest input (file or response body) read as one document source: 20 MB by default.</summary>
    public long MaxDocumentBytes { get; init; } = 20 * Megabyte;

    /// <summary>Largest HTTP response body accepted: 10 MB by default; the download stops as soon as it is exceeded.</summary>
    public long MaxDownloadBytes { get; init; } = 10 * Megabyte;

    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; init; } = 5;

    public static IngestOptions Default { get; } = new();
}
