using Casus.Core.Documents;
using Casus.Ingest.Html;

namespace Casus.Ingest.Tests.Html;

public sealed class HtmlReaderTests
{
    private static Document Page() => Assert.Single(new DocumentReaders().ReadFile(Fixtures.Path("heavy-chrome.html")));

    [Fact]
    public void Article_paragraphs_and_subheadings_are_kept()
    {
        var text = Page().Text;
        Assert.Contains("Valdoria and Ostmark signed a mutual defence pact on Thursday", text, StringComparison.Ordinal);
        Assert.Contains("Reaction in Carthis", text, StringComparison.Ordinal);
        Assert.Contains("ratify the agreement within weeks.", text, StringComparison.Ordinal);
        Assert.Contains("\n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("Subscribe today")]
    [InlineData("World")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Kestrel Hall")]
    [InlineData("Morning Brief")]
    [InlineData("pulled out")]
    [InlineData("lichen exports")]
    [InlineData("floating restaurant")]
    [InlineData("This pact is a disaster")]
    [InlineData("All rights reserved")]
    [InlineData("TRACKING-SCRIPT-BODY")]
    [InlineData("alert")]
    public void Chrome_captions_related_lists_comments_and_scripts_are_dropped(string chrome) =>
        Assert.DoesNotContain(chrome, Page().Text, StringComparison.Ordinal);

    [Fact]
    public void Metadata_prefers_open_graph_then_json_ld()
    {
        var doc = Page();
        Assert.Equal("Valdoria and Ostmark sign a defence pact", doc.Title);
        Assert.Equal("The Meridian Courier", doc.Outlet);
        Assert.Equal("Ines Vartan", doc.Author);
        Assert.Equal(new DateOnly(2031, 3, 14), doc.Date);
        Assert.Equal("https://courier.example/world/valdoria-ostmark-pact", doc.Url);
    }

    [Fact]
    public void Json_ld_fills_in_when_meta_tags_are_missing()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],
            "headline":"Pell and Oria talk","datePublished":"2031-02-01","publisher":{"name":"Lantern"},"author":"R. Quill"}]}</script></head>
            <body><article><p>Pell and Oria held talks on the fictional border dispute for the third day.</p></article></body></html>
            """;
        var doc = Assert.Single(new HtmlReader().Read(new InputSource("ld.html", System.Text.Encoding.UTF8.GetBytes(html))));
        Assert.Equal(("Pell and Oria talk", "Lantern", "R. Quill", new DateOnly(2031, 2, 1)), (doc.Title, doc.Outlet, doc.Author, doc.Date!.Value));
    }

    [Fact]
    public void Page_without_article_element_uses_the_densest_block()
    {
        const string html = """
            <html><body><div class="links"><p>Home</p><p>About</p></div>
            <div class="content"><p>The fictional Sable Strait accord was signed after a long night of talks in Kestrel Hall.</p>
            <p>Delegates from Valdoria said the deal would be ratified before summer recess.</p></div>
            <div class="teasers"><p>Short teaser one</p></div></body></html>
            """;
        var doc = Assert.Single(new HtmlReader().Read(new InputSource("dense.html", System.Text.Encoding.UTF8.GetBytes(html))));
        Assert.StartsWith("The fictional Sable Strait accord", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("teaser", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_is_read_like_a_browser_would()
    {
        var doc = Assert.Single(new DocumentReaders().ReadFile(Fixtures.Path("malformed.html")));
        Assert.Contains("Sable Strait accord", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Carthis sent no observer", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_cleaner_turns_markup_into_text_and_drops_scripts() =>
        Assert.Equal("Bold claim.\n\nSecond para.", HtmlText.ToPlainText("<p><b>Bold</b> claim.<script>evil()</script></p><p>Second&nbsp;para.</p>").Replace('\u00A0', ' '));
}
