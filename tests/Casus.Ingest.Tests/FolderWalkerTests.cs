using Casus.Core;
using Casus.Testing;

namespace Casus.Ingest.Tests;

public sealed class FolderWalkerTests
{
    [Fact]
    public void Walk_is_recursive_sorted_filtered_by_extension_and_skips_hidden()
    {
        using var dir = new TempDir();
        dir.Write("b.txt", "x");
        dir.Write("a.html", "x");
        dir.Write("sub/c.rss", "x");
        dir.Write("sub/README.md", "x");
        dir.Write("image.png", "x");
        dir.Write(".git/objects/d.txt", "x");
        dir.Write(".hidden.txt", "x");
        var names = FolderWalker.Walk(dir.Path).Select(p => Path.GetRelativePath(dir.Path, p)).ToList();
        Assert.Equal(["a.html", "b.txt", Path.Combine("sub", "c.rss")], names);
    }

    [Fact]
    public void Dev_corpus_lists_its_ten_articles_but_not_the_readme()
    {
        var files = FolderWalker.Walk(SharedCorpus.DevDir);
        Assert.Equal(10, files.Count);
        Assert.DoesNotContain(files, f => f.EndsWith("README.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_folder_is_an_input_error() =>
        Assert.Contains("no such folder", Assert.Throws<InputException>(() => FolderWalker.Walk("/no/such/casus/dir")).Message, StringComparison.Ordinal);
}

public class FolderWalkerUnreadableTests
{
    [Fact]
    public void Unreadable_subfolder_is_reported_not_skipped_silently()
    {
        using var dir = new Casus.Testing.TempDir();
        dir.Write("a.txt", "x");
        dir.Write("locked/b.txt", "y");
        var unreadable = new List<string>();
        var files = FolderWalker.Walk(dir.Path, null, unreadable,
            d => d.Name == "locked" ? throw new UnauthorizedAccessException($"Access to the path '{d.FullName}' is denied.") : d.GetFileSystemInfos());
        Assert.Equal(["a.txt"], files.Select(Path.GetFileName));
        var line = Assert.Single(unreadable);
        Assert.Contains("locked", line);
        Assert.Contains("cannot be read", line);
    }
}
