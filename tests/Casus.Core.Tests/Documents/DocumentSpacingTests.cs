using Casus.Core.Documents;

namespace Casus.Core.Tests.Documents;

/// <summary>Issue 12 item 3 / issue 16 item 9: the same article copied with other spacing is the same document
/// (Unicode normal forms: <see cref="DocumentNormalFormTests"/>).</summary>
public sealed class DocumentSpacingTests
{
    private const string Article = "Kestria and Vorland signed a pact.\n\nThe pact binds both to mutual defence.";

    [Theory]
    [InlineData("Kestria and\u00A0Vorland signed a pact.\n\nThe pact binds both to mutual defence.")]
    [InlineData("Kestria  and Vorland signed a pact.   \n\nThe pact\tbinds both to mutual defence.")]
    [InlineData("Kestria and Vorland signed a pact.\r\n \r\nThe pact binds both to mutual\u202Fdefence.\r\n")]
    public void Spacing_variants_are_one_document(string variant)
    {
        var a = Document.Create(Article, null, null, null, null, null, "a.txt");
        var b = Document.Create(variant, null, null, null, null, null, "b.txt");
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Text, b.Text);
    }

    [Fact]
    public void Indentation_and_words_still_make_a_difference()
    {
        var a = Document.Create(Article, null, null, null, null, null, "a.txt");
        Assert.NotEqual(a.Id, Document.Create("  " + Article.Replace("\n\n", "\n\n  "), null, null, null, null, null, "b").Id);
        Assert.NotEqual(a.Id, Document.Create(Article.Replace("mutual", "joint"), null, null, null, null, null, "c").Id);
    }

    [Fact]
    public void A_text_stored_under_the_old_identity_is_recognised_by_its_legacy_id()
    {
        var doubled = "Kestria  and Vorland signed a pact.";
        var document = Document.Create(doubled, null, null, null, null, null, "a");
        Assert.NotNull(document.LegacyId);
        Assert.NotEqual(document.Id, document.LegacyId);
        Assert.Null(Document.Create(Article, null, null, null, null, null, "b").LegacyId);
    }
}
