using System.Text;
using Casus.Core;
using Casus.Testing;

namespace Casus.Ingest.Tests;

public sealed class DocumentReadersTests
{
    private static IReadOnlyList<Casus.Core.Documents.Document> Read(string origin, string text) =>
        new DocumentReaders().Read(new InputSource(origin, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Html_in_a_txt_file_is_read_as_html()
    {
        var doc = Assert.Single(Read("page.txt", "<!DOCTYPE html><html><body><nav>Menu</nav><p>Fictional Ostmark text here.</p></body></html>"));
        Assert.Equal("Fictional Ostmark text here.", doc.Text);
    }

    [Fact]
    public void A_feed_saved_as_html_is_still_read_as_a_feed() =>
        Assert.Equal(2, new DocumentReaders().Read(new InputSource("feed.html", File.ReadAllBytes(Fixtures.Path("feed.rss")))).Count);

    [Fact]
    public void Plain_text_mentioning_a_marker_once_is_not_taken_for_an_aggregator_page()
    {
        var doc = Assert.Single(Read("note.txt", "Related Articles\n\nA fictional note that starts with a heading."));
        Assert.Contains("fictional note", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_one_line_naming_it()
    {
        using var dir = new TempDir();
        var path = dir.File("nope.txt");
        Assert.Equal(path + ": no such file", Assert.Throws<InputException>(() => new DocumentReaders().ReadFile(path)).Message);
    }

    [Fact]
    public void Folder_given_as_file_is_a_clear_error()
    {
        using var dir = new TempDir();
        Assert.Contains("is a folder", Assert.Throws<InputException>(() => new DocumentReaders().ReadFile(dir.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_text_from_two_paths_is_the_same_document()
    {
        using var dir = new TempDir();
        var a = dir.Write("a.txt", "The fictional Sable accord was signed.");
        var b = dir.Write("sub/b.txt", "The fictional Sable accord was signed.\n");
        var readers = new DocumentReaders();
        Assert.Equal(readers.ReadFile(a)[0].Id, readers.ReadFile(b)[0].Id);
    }

    [Fact]
    public void Path_or_url_dispatches_files_to_the_file_reader()
    {
        var doc = Assert.Single(new DocumentReaders().ReadPathOrUrl(SharedCorpus.Seed(SharedCorpus.TheWeek)));
        Assert.Equal(new DateOnly(2025, 6, 17), doc.Date);
    }
}

public sealed class DocumentReadersAsReaderTests
{
    [Fact]
    public void The_dispatcher_is_itself_a_reader_usable_in_a_reader_list()
    {
        IDocumentReader reader = DocumentReaders.Default;
        var source = new InputSource("x.rss", File.ReadAllBytes(Fixtures.Path("feed.rss")));
        Assert.True(reader.CanRead(source));
        Assert.Equal(2, reader.Read(source).Count);
    }
}
