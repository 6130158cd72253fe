using Casus.Extract.Text;

namespace Casus.Extract.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence() =>
        Assert.Equal(["The U.S. envoy met Mr. Darr and J. Velk about 3.5 tonnes of grain.", "Then he left."],
            Split("The U.S. envoy met Mr. Darr and J. Velk about 3.5 tonnes of grain. Then he left."));

    [Fact]
    public void Closing_quote_stays_with_its_sentence() =>
        Assert.Equal(["\"We will act.\"", "Brask said so."], Split("\"We will act.\" Brask said so."));

    [Fact]
    public void Quoted_period_before_lowercase_continues_the_sentence() =>
        Assert.Single(Split("\"Enough.\" said the minister, and left."));

    [Fact]
    public void Line_breaks_end_headlines_and_captions() =>
        Assert.Equal(["Headline without stop", "Body text here."], Split("Headline without stop\n\nBody text here."));

    [Fact]
    public void Spans_are_offsets_into_the_text()
    {
        const string text = "  One. Two?  Three!";
        foreach (var span in SentenceSplitter.Split(text))
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
        Assert.Equal(3, SentenceSplitter.Split(text).Count);
    }
}
