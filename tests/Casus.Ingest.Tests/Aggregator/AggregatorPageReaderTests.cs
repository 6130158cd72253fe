using Casus.Core.Documents;
using Casus.Testing;

namespace Casus.Ingest.Tests.Aggregator;

public sealed class AggregatorPageReaderTests
{
    private static IReadOnlyList<Document> ReadRnz() => new DocumentReaders().ReadFile(SharedCorpus.Seed(SharedCorpus.Rnz));

    private static Document MainDocument() => ReadRnz().Single(d => d.ParentId is null);

    [Theory]
    [InlineData("Try Our AI Features")]
    [InlineData("DOWNLOAD THE APP")]
    [InlineData("Comments")]
    [InlineData("Photo:")]
    [InlineData("logo")]
    [InlineData("Related Articles")]
    [InlineData("This story first appeared on")]
    [InlineData("Orange background")]
    [InlineData("app-store")]
    public void Main_article_text_has_no_page_chrome(string chrome) =>
        Assert.DoesNotContain(chrome, MainDocument().Text, StringComparison.Ordinal);

    [Fact]
    public void Captions_credits_byline_and_author_bio_are_removed()
    {
        var main = MainDocument();
        var page = File.ReadAllLines(SharedCorpus.Seed(SharedCorpus.Rnz));
        // The lines around each "Photo:" label are a caption (before) and a credit (after).
        var furniture = page.Select((line, i) => (line, i)).Where(x => x.line.Trim() == "Photo:")
            .SelectMany(x => new[] { page[x.i - 1], page[x.i + 1] }).ToList();
        Assert.NotEmpty(furniture);
        foreach (var line in furniture) Assert.DoesNotContain(line.Trim(), main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By " + main.Author, main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(main.Author + " is a", main.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_article_has_title_outlet_author_and_the_page_date_from_the_file_name()
    {
        var main = MainDocument();
        Assert.Equal("RNZ News", main.Outlet);
        Assert.Equal("Ali Mamouri", main.Author);
        Assert.Equal(new DateOnly(2025, 6, 21), main.Date);
        Assert.StartsWith("Who are Iran", main.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(main.Title!, main.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_article_lines_are_kept_verbatim()
    {
        var main = MainDocument();
        var page = File.ReadAllText(SharedCorpus.Seed(SharedCorpus.Rnz));
        var lines = main.Text.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 30, $"expected the whole article, got {lines.Count} lines");
        Assert.All(lines, line => Assert.Contains(line, page, StringComparison.Ordinal));
        Assert.Contains("Kata'ib Hezbollah", main.Text, StringComparison.Ordinal);
        Assert.Contains("little interest in getting directly involved", main.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fordow")]
    [InlineData("Natanz")]
    [InlineData("Thane Gustafson")]
    [InlineData("Netanyahu")]
    public void Nothing_from_related_articles_enters_the_main_text(string relatedOnly) =>
        Assert.DoesNotContain(relatedOnly, MainDocument().Text, StringComparison.Ordinal);

    [Fact]
    public void Related_articles_are_separate_documents_pointing_at_the_main_one()
    {
        var docs = ReadRnz();
        var main = docs.Single(d => d.ParentId is null);
        var related = docs.Where(d => d.ParentId is not null).ToList();
        Assert.Equal(3, related.Count);
        Assert.All(related, d => Assert.Equal(main.Id, d.ParentId));
        Assert.All(related, d => Assert.Equal("RNZ News", d.Outlet));
        Assert.All(related, d => Assert.Equal(new DateOnly(2025, 6, 21), d.Date));
        Assert.Contains(related, d => d.Text.Contains("Fordow", StringComparison.Ordinal));
        Assert.Equal(related.Count, related.Select(d => d.Origin).Distinct().Count());
    }

    [Fact]
    public void Related_teasers_start_at_the_story_not_the_photo_credit()
    {
        var related = ReadRnz().Where(d => d.ParentId is not null).ToList();
        Assert.All(related, d => Assert.DoesNotContain("Photo:", d.Text, StringComparison.Ordinal));
        Assert.Contains(related, d => d.Author is not null && d.Text.StartsWith("President", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_the_page_twice_gives_the_same_ids() =>
        Assert.Equal(ReadRnz().Select(d => d.Id), ReadRnz().Select(d => d.Id));
}
