using AngleSharp.Html.Parser;
using Casus.Core.Documents;
using Casus.Ingest.Text;

namespace Casus.Ingest.Html;

/// <summary>
/// A saved or fetched HTML page → one document: metadata from the head (<see cref="HtmlMetadata"/>), then
/// chrome removed (<see cref="Boilerplate"/>), the main block chosen (<see cref="MainContent"/>) and
/// flattened to paragraphs (<see cref="BlockText"/>). AngleSharp parses iteratively and recovers from any
/// malformed markup the way browsers do, so the only failure is a page with no text left.
/// </summary>
public sealed class HtmlReader(IngestOptions options) : TextDocumentReader(options)
{
    public HtmlReader() : this(IngestOptions.Default) { }

    public override bool CanRead(InputSource source, string text) =>
        source.Extension is ".html" or ".htm" or ".xhtml"
        || source.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
        || MarkupSniffer.LooksLikeHtml(text);

    public override IReadOnlyList<Document> Read(InputSource source, string text)
    {
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(NestingLimit.Apply(text));
        var meta = HtmlMetadata.Read(document);
        Boilerplate.Remove(document);
        var body = BlockText.Extract(MainContent.Find(document));
        if (body.Length == 0) throw InputFailure.Because(source.Origin, "HTML page without article text");

        var url = meta.Url ?? (PlainTextReader.IsHttp(source.Origin) ? source.Origin : null);
        return [Document.Create(body, meta.Title, meta.Outlet, meta.Author, meta.Date ?? source.FallbackDate, url, source.Origin)];
    }
}
