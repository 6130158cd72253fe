using Casus.Core.Documents;
using Casus.Ingest.Outlets;

namespace Casus.Ingest.Tests.Outlets;

public sealed class OutletDirectoryTests
{
    // A made-up table: the shipped one is data, and tests of data belong with the data.
    private static readonly OutletDirectory Directory = OutletDirectory.Parse(
        "# comment\nkey\toutlet\nharbourpost.example\tThe Harbour Post\nharbourpost\tThe Harbour Post\nnews.gull.example\tGull News\n");

    private static Document Doc(string origin, string? url = null, string? outlet = null, string? parent = null) =>
        Document.Create("Some article text.", "A title", outlet, null, null, url, origin, parent);

    [Theory]
    [InlineData("/archive/harbourpost-2025-06-17-ports.txt", null)]
    [InlineData("harbourpost_2025.html", null)]
    [InlineData("/x/saved.txt", "https://www.harbourpost.example/2025/06/ports")]
    [InlineData("/x/saved.txt", "https://live.harbourpost.example/blog")]
    public void An_outlet_less_document_is_named_by_its_address_or_file_slug(string origin, string? url)
    {
        Assert.Equal("The Harbour Post", Directory.Complete(Doc(origin, url)).Outlet);
    }

    [Fact]
    public void The_most_specific_listed_domain_wins()
    {
        Assert.Equal("Gull News", Directory.Guess("https://news.gull.example/a", "/x/a.txt"));
        Assert.Null(Directory.Guess("https://weather.gull.example/a", "/x/a.txt"));
    }

    [Theory]
    [InlineData("/archive/notes-2025-06-17.txt")]
    [InlineData("/archive/2025-06-17-harbourpost.txt")]
    [InlineData("/archive/harbourposting.txt")]
    public void An_unlisted_slug_never_becomes_an_outlet(string origin)
    {
        Assert.Null(Directory.Complete(Doc(origin)).Outlet);
    }

    [Fact]
    public void A_document_that_names_its_outlet_keeps_it()
    {
        Assert.Equal("Own Outlet", Directory.Complete(Doc("/a/harbourpost-1.txt", outlet: "Own Outlet")).Outlet);
    }

    [Fact]
    public void An_item_split_out_of_a_page_does_not_inherit_the_page_files_outlet()
    {
        Assert.Null(Directory.Complete(Doc("/a/harbourpost-2025.txt#related-1", parent: "abc")).Outlet);
    }

    [Fact]
    public void A_malformed_row_is_reported()
    {
        var error = Assert.Throws<Casus.Core.InputException>(() => OutletDirectory.Parse("key\toutlet\nonly-one-cell\n"));
        Assert.Contains("outlets.tsv:2", error.Message);
    }
}
