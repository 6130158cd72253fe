using System.Xml.Linq;
using Casus.Ingest.Dates;
using static Casus.Ingest.Feeds.FeedXml;

namespace Casus.Ingest.Feeds;

/// <summary>Atom feeds: entries with title, alternate link, published (else updated), content (else summary).</summary>
internal static class AtomEntries
{
    public static (string? FeedTitle, DateOnly? FeedDate, List<FeedItem> Items) Read(XElement feed)
    {
        var items = Children(feed, "entry").Select(ReadEntry).Where(i => i is not null).Select(i => i!).ToList();
        return (AtomText(Child(feed, "title")), DateText.FromIso(Value(feed, "updated")), items);
    }

    private static FeedItem? ReadEntry(XElement entry)
    {
        var title = AtomText(Child(entry, "title"));
        var text = AtomText(Child(entry, "content")) ?? AtomText(Child(entry, "summary")) ?? title;
        if (text is null) return null;
        var link = Children(entry, "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var date = DateText.FromIso(Value(entry, "published") ?? Value(entry, "updated"));
        var author = Value(Child(entry, "author"), "name");
        return new FeedItem(title, link, date, author, text);
    }
}
