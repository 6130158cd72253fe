using Casus.Core;
using Casus.Ingest;

namespace Casus.Pipeline.Ingest;

/// <summary>Rejects inputs no reader should see: empty files and binary files (images, executables,
/// archives), with one line saying which and why.</summary>
internal static class InputSniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([(byte)'G', (byte)'I', (byte)'F', (byte)'8'], "GIF image"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "zip archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ([(byte)'%', (byte)'P', (byte)'D', (byte)'F'], "PDF"),
        ([(byte)'M', (byte)'Z'], "Windows executable"),
        ([(byte)'S', (byte)'Q', (byte)'L', (byte)'i', (byte)'t', (byte)'e'], "SQLite database"),
    ];

    public static void Check(InputSource source)
    {
        var bytes = source.Bytes;
        if (bytes.Length == 0) throw new InputException($"'{source.Origin}': file is empty");
        if (bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C))
            throw new InputException($"'{source.Origin}': file is empty (only whitespace)");
        foreach (var (magic, kind) in Signatures)
            if (bytes.AsSpan().StartsWith(magic)) throw new InputException($"'{source.Origin}': binary file ({kind}), not text");
        if (IsUtf16(bytes)) return;
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
            throw new InputException($"'{source.Origin}': binary file (contains NUL bytes), not text");
    }

    private static bool IsUtf16(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
