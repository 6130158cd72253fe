using Casus.Core.Documents;
using Casus.Ingest.Text;

namespace Casus.Ingest.Feeds;

/// <summary>
/// RSS and Atom feeds → one document per item: feed title as outlet, item link as URL, item date (else the
/// feed's date, else the caller's fallback). Item origins are "FEED#item-N" so each stays traceable.
/// </summary>
public sealed class FeedReader(IngestOptions options) : TextDocumentReader(options)
{
    public FeedReader() : this(IngestOptions.Default) { }

    public override bool CanRead(InputSource source, string text) =>
        source.Extension is ".rss" or ".atom"
        || source.ContentType?.Contains("rss", StringComparison.OrdinalIgnoreCase) == true
        || source.ContentType?.Contains("atom", StringComparison.OrdinalIgnoreCase) == true
        || MarkupSniffer.LooksLikeFeed(text);

    public override IReadOnlyList<Document> Read(InputSource source, string text)
    {
        var root = SecureXml.Load(source.Origin, text, Options.MaxDocumentBytes).Root
            ?? throw InputFailure.Because(source.Origin, "feed without a root element");
        var (feedTitle, feedDate, items) = root.Name.LocalName switch
        {
            "feed" => AtomEntries.Read(root),
            "rss" or "RDF" => RssItems.Read(root),
            var other => throw InputFailure.Because(source.Origin, $"not an RSS or Atom feed (root element <{other}>)"),
        };
        if (items.Count == 0) throw InputFailure.Because(source.Origin, "feed has no items with text");

        return items.Select((item, n) => Document.Create(item.Text, item.Title, feedTitle, item.Author,
                item.Date ?? feedDate ?? source.FallbackDate, item.Link, $"{source.Origin}#item-{n + 1}"))
            .DistinctBy(d => d.Id).ToList();
    }

    internal static bool IsFeedExtension(string extension) => extension is ".rss" or ".atom" or ".xml";
}
