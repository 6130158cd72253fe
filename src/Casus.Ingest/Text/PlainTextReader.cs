using Casus.Core.Documents;

namespace Casus.Ingest.Text;

/// <summary>
/// Plain-text articles, with or without a header (see <see cref="TextHeaderParser"/>). The headline becomes
/// the title and is not repeated in the text; the body is kept verbatim.
/// </summary>
public sealed class PlainTextReader(IngestOptions options) : TextDocumentReader(options)
{
    public PlainTextReader() : this(IngestOptions.Default) { }

    /// <summary>Plain text is the fallback shape: anything decodable is readable.</summary>
    public override bool CanRead(InputSource source, string text) => true;

    public override IReadOnlyList<Document> Read(InputSource source, string text)
    {
        var header = TextHeaderParser.Parse(source.Origin, text);
        if (string.IsNullOrWhiteSpace(header.Body))
            throw InputFailure.Because(source.Origin, "empty document (a header but no text)");
        var date = header.Date?.Date ?? source.FallbackDate;
        var url = header.Url ?? (IsHttp(source.Origin) ? source.Origin : null);
        return [Document.Create(header.Body, header.Title, header.Outlet, header.Author, date, url, source.Origin)];
    }

    internal static bool IsHttp(string origin) =>
        origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
