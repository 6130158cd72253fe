using Casus.Core.Documents;

namespace Casus.Core.Tests.Documents;

/// <summary>Issue 16 item 9 / issue 12 item 3: one article in Unicode NFC and in NFD (as macOS and some CMSs save it)
/// is one document. Before, string.Normalize under InvariantGlobalization returned its input, so the two were two
/// documents and counted as corroboration.</summary>
public sealed class DocumentNormalFormTests
{
    // Composed: "Élysée", and the Ukrainian spelling of Zelenskyy with "й" (U+0439).
    private const string Composed = "The \u00C9lys\u00E9e said Volodymyr \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 met Kestria's envoy.";

    // The same text decomposed: E + U+0301, e + U+0301, и + U+0306 (combining breve).
    private const string Decomposed = "The E\u0301lyse\u0301e said Volodymyr \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0438\u0306 met Kestria's envoy.";

    [Fact]
    public void An_article_in_nfd_is_the_same_document_as_in_nfc()
    {
        var nfc = Document.Create(Composed, null, null, null, null, null, "a.txt");
        var nfd = Document.Create(Decomposed, null, null, null, null, null, "b.txt");
        Assert.Equal(Composed, nfc.Text);
        Assert.Equal(Composed, nfd.Text);
        Assert.Equal(nfc.Id, nfd.Id);
    }

    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("\u0438\u0306", "\u0439")]
    [InlineData("a\u0323\u0302", "\u1EAD")] // dot below then circumflex: ậ
    [InlineData("a\u0302\u0323", "\u1EAD")] // the other order reorders by combining class first
    [InlineData("\u212B", "\u00C5")] // ANGSTROM SIGN is a singleton: Å
    [InlineData("\u2126", "\u03A9")] // OHM SIGN: Ω
    [InlineData("\u0958", "\u0915\u093C")] // excluded from composition: stays decomposed
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo compose algorithmically
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("q\u0307\u0323", "q\u0323\u0307")] // nothing composes: only reordered
    [InlineData("\u00C5\u0301", "\u01FA")] // a composed letter takes one more mark
    [InlineData("\u0301e", "\u0301e")] // a mark with nothing before it stays
    [InlineData("plain ASCII", "plain ASCII")]
    [InlineData("\uD83D\uDE00 e\u0301", "\uD83D\uDE00 \u00E9")] // astral characters pass through
    [InlineData("\uD800e\u0301", "\uD800\u00E9")] // a lone surrogate is kept
    public void Canonical_composition_gives_nfc(string input, string nfc) =>
        Assert.Equal(nfc, CanonicalComposition.Compose(input));

    [Fact]
    public void Text_stored_before_composition_is_recognised_by_a_legacy_id()
    {
        var nfd = Document.Create(Decomposed, null, null, null, null, null, "b.txt");
        // What the previous normalisation made of it (spacing folded, no composition): the id it may be stored under.
        Assert.Contains(DocumentText.Hash(DocumentText.FoldSpacing(DocumentText.NormaliseBefore2026_12(Decomposed))), nfd.LegacyIds);
        Assert.Empty(Document.Create(Composed, null, null, null, null, null, "a.txt").LegacyIds);
    }
}
