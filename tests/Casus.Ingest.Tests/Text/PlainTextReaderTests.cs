using Casus.Core;
using Casus.Testing;

namespace Casus.Ingest.Tests.Text;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Seed_with_inline_date_header_is_one_dated_document_without_the_header()
    {
        var docs = new DocumentReaders().ReadFile(SharedCorpus.Seed(SharedCorpus.TheWeek));
        var doc = Assert.Single(docs);
        Assert.Equal(new DateOnly(2025, 6, 17), doc.Date);
        Assert.False(doc.Text.StartsWith("date", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("Iran is facing", doc.Text, StringComparison.Ordinal);
        Assert.Null(doc.Title);
    }

    public static TheoryData<string> DevFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in FolderWalker.Walk(SharedCorpus.DevDir)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(DevFiles))]
    public void Dev_articles_read_with_url_date_outlet_and_headline(string file)
    {
        var path = Path.Combine(SharedCorpus.DevDir, file);
        var doc = Assert.Single(new DocumentReaders().ReadFile(path));
        var header = File.ReadAllLines(path);
        Assert.Equal(header[0]["url: ".Length..], doc.Url);
        Assert.Equal(header[2]["outlet: ".Length..], doc.Outlet);
        Assert.Equal(header[4], doc.Title);
        Assert.NotNull(doc.Date);
        Assert.StartsWith(header[1]["date: ".Length..][..7], doc.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("url:", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(header[4], doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Approximate_month_only_date_reads_as_first_of_month()
    {
        using var dir = new TempDir();
        var path = dir.Write("approx.txt", "url: https://news.example/a\ndate: 2030-10 (approx.; a note)\noutlet: Example\n\nHeadline here\n\nBody of the fictional story.\n");
        Assert.Equal(new DateOnly(2030, 10, 1), Assert.Single(new DocumentReaders().ReadFile(path)).Date);
    }

    [Theory]
    [InlineData("date: 9999-99-99\noutlet: X\n\nTitle\n\nBody text.", "date: 9999-99-99")]
    [InlineData("date 2030-02-30 Body text follows on the same line.", "date 2030-02-30")]
    public void Invalid_header_date_is_rejected_naming_the_header(string content, string quoted)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad-date.txt", content);
        var e = Assert.Throws<InputException>(() => new DocumentReaders().ReadFile(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(quoted, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_header_takes_its_date_from_the_file_name()
    {
        using var dir = new TempDir();
        var path = dir.Write("wire-2030-01-05-story.txt", "A fictional wire story about Valdoria's budget.");
        Assert.Equal(new DateOnly(2030, 1, 5), Assert.Single(new DocumentReaders().ReadFile(path)).Date);
    }

    [Fact]
    public void A_word_date_at_the_start_of_prose_is_not_a_header()
    {
        using var dir = new TempDir();
        var path = dir.Write("prose.txt", "Date palms grow along the Sable coast of fictional Valdoria.");
        var doc = Assert.Single(new DocumentReaders().ReadFile(path));
        Assert.StartsWith("Date palms", doc.Text, StringComparison.Ordinal);
        Assert.Null(doc.Date);
    }

    [Fact]
    public void Crlf_and_bom_give_the_same_document_as_plain_lf()
    {
        using var dir = new TempDir();
        var lf = dir.Write("lf.txt", "Headline\n\nFirst paragraph.\nSecond line.");
        var crlf = dir.File("crlf.txt");
        File.WriteAllBytes(crlf, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("Headline\r\n\r\nFirst paragraph.\r\nSecond line.\r\n")]);
        var readers = new DocumentReaders();
        Assert.Equal(readers.ReadFile(lf)[0].Id, readers.ReadFile(crlf)[0].Id);
    }
}
