using Casus.Core.Documents;

namespace Casus.Core.Tests.Documents;

public class DocumentTests
{
    [Fact]
    public void The_same_text_with_a_BOM_and_CRLF_line_ends_is_the_same_document()
    {
        var unix = Document.Create("Avalon signs a pact.\nBorduria objects.\n", null, null, null, null, null, "a.txt");
        var windows = Document.Create("\uFEFFAvalon signs a pact.\r\nBorduria objects.\r\n", null, null, null, null, null, "b.txt");
        Assert.Equal(unix.Id, windows.Id);
        Assert.Equal(unix.Text, windows.Text);
    }

    [Fact]
    public void Different_text_is_a_different_document()
    {
        var a = Document.Create("Avalon signs a pact.", null, null, null, null, null, "a.txt");
        var b = Document.Create("Avalon breaks a pact.", null, null, null, null, null, "a.txt");
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public void A_document_without_text_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Document.Create(" \r\n ", null, null, null, null, null, "empty.txt"));
    }
}
