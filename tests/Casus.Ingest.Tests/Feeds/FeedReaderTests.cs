using Casus.Core;

namespace Casus.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    [Fact]
    public void Rss_items_become_documents_with_link_date_and_feed_title_as_outlet()
    {
        var docs = new DocumentReaders().ReadFile(Fixtures.Path("feed.rss"));
        Assert.Equal(2, docs.Count);
        var first = docs[0];
        Assert.Equal("Tessaly joins the Northern Compact", first.Title);
        Assert.Equal("https://gazette.example/tessaly-compact", first.Url);
        Assert.Equal(new DateOnly(2031, 4, 4), first.Date);
        Assert.Equal("Harbour Gazette — World", first.Outlet);
        Assert.Equal("Mira Oakes", first.Author);
        Assert.Equal("Tessaly formally joined the Northern Compact on Friday, the bloc's ninth member.", first.Text);
    }

    [Fact]
    public void Rss_item_without_date_takes_the_channel_date_and_prefers_full_content()
    {
        var second = new DocumentReaders().ReadFile(Fixtures.Path("feed.rss"))[1];
        Assert.Equal(new DateOnly(2031, 4, 5), second.Date);
        Assert.Contains("The foreign ministry called the move temporary.", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_entries_become_documents_with_alternate_link_and_published_date()
    {
        var docs = new DocumentReaders().ReadFile(Fixtures.Path("feed.atom"));
        Assert.Equal(2, docs.Count);
        Assert.Equal("Oria & Pell renew their basing accord", docs[0].Title);
        Assert.Equal("https://wire.example/oria-pell-basing", docs[0].Url);
        Assert.Equal(new DateOnly(2031, 5, 1), docs[0].Date);
        Assert.Equal("Tomas Reyne", docs[0].Author);
        Assert.Equal("Lantern Wire", docs[0].Outlet);
        Assert.StartsWith("Oria renewed the lease", docs[0].Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 4, 28), docs[1].Date);
        Assert.Equal("https://wire.example/pell-warns", docs[1].Url);
    }

    [Theory]
    [InlineData("malformed.rss", "malformed feed XML at line")]
    [InlineData("xml-bomb.xml", "DTD")]
    [InlineData("external-entity.rss", "DTD")]
    public void Broken_or_hostile_feeds_fail_with_one_line_naming_the_file(string fixture, string reason)
    {
        var path = Fixtures.Path(fixture);
        var e = Assert.Throws<InputException>(() => new DocumentReaders().ReadFile(path));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_expansion_is_refused_even_without_a_doctype_check()
    {
        // Undeclared entities (no DTD) must not resolve to anything either.
        var bytes = System.Text.Encoding.UTF8.GetBytes("<rss><channel><item><title>&xxe;</title></item></channel></rss>");
        var e = Assert.Throws<InputException>(() => new DocumentReaders().Read(new InputSource("x.rss", bytes)));
        Assert.Contains("malformed feed XML", e.Message, StringComparison.Ordinal);
    }
}
