using System.Text;

namespace Casus.Ingest.Decoding;

/// <summary>
/// Decision: bytes that are not valid UTF-8 are read as Windows-1252 (the superset of Latin-1 that
/// real "Latin-1" files use for curly quotes and dashes) only when they look like Western text:
/// few high bytes and none of the five byte values Windows-1252 leaves undefined. Anything else is
/// rejected, because decoding random bytes as 1252 "succeeds" and would store mojibake.
/// </summary>
internal static class LegacyText
{
    private const double MaxHighByteShare = 0.30;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? Encoding.Latin1;

    public static bool LooksLikeWindows1252(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D) return false;
            high++;
        }
        return high <= bytes.Length * MaxHighByteShare;
    }

    public static string Decode(byte[] bytes) => Windows1252.GetString(bytes);
}
