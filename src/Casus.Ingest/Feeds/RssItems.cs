using System.Xml.Linq;
using Casus.Ingest.Dates;
using static Casus.Ingest.Feeds.FeedXml;

namespace Casus.Ingest.Feeds;

/// <summary>RSS 2.0 (and 0.9x/1.0 RDF) channels: items with title, link, pubDate or dc:date, description or content:encoded.</summary>
internal static class RssItems
{
    public static (string? FeedTitle, DateOnly? FeedDate, List<FeedItem> Items) Read(XElement root)
    {
        var channel = Child(root, "channel");
        var items = Children(channel, "item").Concat(Children(root, "item"))
            .Select(ReadItem).Where(i => i is not null).Select(i => i!).ToList();
        var feedDate = DateText.FromFeed(Value(channel, "pubDate") ?? Value(channel, "lastBuildDate") ?? Value(channel, "date"));
        return (PlainText(Value(channel, "title")), feedDate, items);
    }

    private static FeedItem? ReadItem(XElement item)
    {
        var description = PlainText(Value(item, "description"));
        var content = PlainText(Value(item, "encoded"));
        var text = (content?.Length ?? 0) > (description?.Length ?? 0) ? content : description;
        var title = PlainText(Value(item, "title"));
        text ??= title;
        if (text is null) return null;
        var link = Value(item, "link") ?? (Child(item, "guid") is { } g && (string?)g.Attribute("isPermaLink") != "false" ? g.Value.Trim() : null);
        var date = DateText.FromFeed(Value(item, "pubDate") ?? Value(item, "date"));
        var author = Value(item, "creator") ?? Value(item, "author");
        return new FeedItem(title, link, date, author, text);
    }
}
