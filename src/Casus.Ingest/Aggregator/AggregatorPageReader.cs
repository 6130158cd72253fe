using Casus.Core.Documents;
using Casus.Ingest.Dates;
using Casus.Ingest.Text;

namespace Casus.Ingest.Aggregator;

/// <summary>
/// An aggregator page saved as text (see <see cref="AggregatorLayout"/>): yields the main article with
/// chrome, captions, photo credits, byline, author bio and republishing note removed, then one document per
/// "Related Articles" item. Decision: related items are kept (not dropped) as their own documents with
/// <see cref="Document.ParentId"/> = the main document's id, so their claims are attributed to them and never to
/// the main article. Dates: the page shows only "N hours ago", so the page date is the caller's fallback
/// (the file-name date); relative ages of items resolve against it.
/// </summary>
public sealed class AggregatorPageReader(IngestOptions options) : TextDocumentReader(options)
{
    public AggregatorPageReader() : this(IngestOptions.Default) { }

    public override bool CanRead(InputSource source, string text) => AggregatorLayout.Matches(text);

    public override IReadOnlyList<Document> Read(InputSource source, string text)
    {
        var lines = text.Split('\n');
        var main = MainArticleParser.Parse(lines);
        if (main is null || main.Text.Length == 0)
            throw InputFailure.Because(source.Origin, "aggregator page without article text");

        var pageDate = source.FallbackDate;
        var date = main.AgePhrase is null ? pageDate : RelativeAge.Resolve(main.AgePhrase, pageDate);
        var url = PlainTextReader.IsHttp(source.Origin) ? source.Origin : null;
        var mainDoc = Document.Create(main.Text, main.Title, main.Outlet, main.Author, date, url, source.Origin);

        var docs = new List<Document> { mainDoc };
        var n = 0;
        foreach (var item in RelatedItemParser.Parse(lines, main.EndLine))
        {
            n++;
            var itemDate = item.AgePhrase is null ? pageDate : RelativeAge.Resolve(item.AgePhrase, pageDate);
            var doc = Document.Create(item.Text, item.Title, item.Outlet, item.Author, itemDate, null,
                $"{source.Origin}#related-{n}", mainDoc.Id);
            if (doc.Id != mainDoc.Id) docs.Add(doc);
        }
        return docs;
    }
}
