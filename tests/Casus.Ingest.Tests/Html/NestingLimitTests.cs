using System.Text;
using Casus.Ingest;
using Casus.Ingest.Html;

namespace Casus.Ingest.Tests.Html;

public class NestingLimitTests
{
    private static string Nested(int levels, string inner) =>
        "<html><body>" + new StringBuilder().Insert(0, "<div>", levels) + inner + new StringBuilder().Insert(0, "</div>", levels) + "</body></html>";

    [Fact]
    public void Ordinary_page_is_left_untouched()
    {
        var page = "<html><body><article><p>One.<p>Two.<ul><li>a<li>b</ul><script>if (a<b) x('<div>')</script></article></body></html>";
        Assert.Same(page, NestingLimit.Apply(page));
    }

    [Fact]
    public void Deep_page_is_cut_to_the_limit_and_keeps_its_text()
    {
        var page = Nested(5_000, "<p>Deep text stays.</p>");
        var cut = NestingLimit.Apply(page, maxDepth: 100);
        Assert.Contains("Deep text stays.", cut);
        Assert.Equal(100, CountOf(cut, "<div>"));
        Assert.Equal(100, CountOf(cut, "</div>"));
    }

    [Fact]
    public void Tags_inside_scripts_comments_and_attributes_do_not_count()
    {
        var fake = new StringBuilder().Insert(0, "<div>", 500).ToString();
        var page = $"<body><script>var s = '{fake}';</script><!-- {fake} --><p title=\"{fake.Replace("<", "&lt;")}\">ok</p></body>";
        Assert.Same(page, NestingLimit.Apply(page, maxDepth: 10));
    }

    [Fact]
    public void A_megabyte_of_nesting_reads_to_its_sentence()
    {
        var page = Nested(100_000, "Zembla may yet send help to Ardania.");
        var document = Assert.Single(new HtmlReader().Read(new InputSource("deep.html", Encoding.UTF8.GetBytes(page)), page));
        Assert.Equal("Zembla may yet send help to Ardania.", document.Text.Trim());
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
