namespace Casus.Ingest.Decoding;

/// <summary>
/// Recognises bytes that are not text, before any decoding: well-known magic numbers, NUL bytes
/// (text never has them unless UTF-16/32, which we only accept with a BOM) and a high share of
/// control characters. Only the first 8 KB are examined, like git's own binary check.
/// </summary>
internal static class BinarySniffer
{
    private const int SampleSize = 8192;
    private const double MaxControlShare = 0.10;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
        ([0x50, 0x4B, 0x05, 0x06], "zip archive"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x42, 0x5A, 0x68], "bzip2 archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ([0x4D, 0x5A, 0x90, 0x00], "Windows executable"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66], "SQLite database"),
    ];

    /// <summary>The control bytes that count against text (all of C0 but line breaks, tab, form feed, vertical tab).</summary>
    private static readonly System.Buffers.SearchValues<byte> Controls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x0B)).ToArray());

    /// <summary>What kind of binary the bytes are, or null when they may be text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
            if (bytes.StartsWith(magic)) return kind;

        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        if (sample.Contains((byte)0)) return "contains NUL bytes";

        // Text rarely has any such control byte: one vectorised search decides, the count only runs if needed.
        if (sample.IndexOfAny(Controls) < 0) return null;
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x0B)) controls++;
        return sample.Length > 0 && controls > sample.Length * MaxControlShare ? "mostly control characters" : null;
    }
}
