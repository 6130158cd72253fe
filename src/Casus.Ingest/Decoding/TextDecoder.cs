using System.Text;

namespace Casus.Ingest.Decoding;

/// <summary>
/// Bytes → clean text. UTF-8 with or without BOM; UTF-16/32 only with a BOM (without one, their NUL
/// bytes make them look binary, and guessing would misread real binaries); invalid UTF-8 falls back to
/// Windows-1252 when it looks like text (see <see cref="LegacyText"/>). Rejects oversize, binary and
/// empty input with one clear line naming the origin.
/// </summary>
public sealed class TextDecoder(IngestOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public TextDecoder() : this(IngestOptions.Default) { }

    public string Decode(InputSource source)
    {
        var bytes = source.Bytes;
        if (bytes.LongLength > options.MaxDocumentBytes)
            throw InputFailure.Because(source.Origin,
                $"too large ({InputFailure.Megabytes(bytes.LongLength)}; the limit is {InputFailure.Megabytes(options.MaxDocumentBytes)} per document)");
        if (bytes.Length == 0) throw InputFailure.Because(source.Origin, "empty document");

        var text = TextSanitiser.Clean(DecodeBytes(source.Origin, bytes));
        if (IsBlank(text))
            throw InputFailure.Because(source.Origin, "empty document (only whitespace)");
        return text;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') return false;
        return true;
    }

    private static string DecodeBytes(string origin, byte[] bytes)
    {
        var bom = BomEncoding(bytes);
        if (bom is not null)
        {
            var (encoding, length) = bom.Value;
            try { return encoding.GetString(bytes, length, bytes.Length - length); }
            catch (DecoderFallbackException) { throw InputFailure.Because(origin, $"invalid {encoding.WebName} text after its byte-order mark"); }
        }

        var binary = BinarySniffer.Describe(bytes);
        if (binary is not null) throw InputFailure.Because(origin, $"binary file ({binary})");

        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            if (LegacyText.LooksLikeWindows1252(bytes)) return LegacyText.Decode(bytes);
            throw InputFailure.Because(origin, "not valid UTF-8 and not recognisable as Latin-1/Windows-1252 text");
        }
    }

    private static (Encoding Encoding, int BomLength)? BomEncoding(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (StrictUtf8, 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false, true), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false, true), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2);
        return null;
    }
}
