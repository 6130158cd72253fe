using Casus.Core.Data;
using Casus.Core;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Tests.Lexicons;

public class PhrasePatternTests
{
    private static readonly TsvRow Row = new("cues.tsv", 7, []);

    private static List<PhraseMatch> Match(string pattern, string sentence)
    {
        var matcher = new PhraseMatcher([PhrasePattern.Parse(pattern, Row)]);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), tokens);
        var matches = new List<PhraseMatch>();
        matcher.Match(sentence, tokens, matches, greedy: true);
        return matches;
    }

    [Fact]
    public void Gap_matches_up_to_five_words_and_reports_them()
    {
        var match = Assert.Single(Match("largest buyer of * grain", "Ostrana is the largest buyer of cheap Valdorian grain."));
        Assert.Equal(2, match.GapLast - match.GapFirst + 1);
        Assert.Empty(Match("largest buyer of * grain", "largest buyer of a b c d e f grain"));
    }

    [Fact]
    public void Prefix_and_case_and_curly_apostrophes_match() =>
        Assert.Single(Match("denounc* kell's plan", "Brask DENOUNCED Kell’s plan"));

    [Fact]
    public void Number_slot_captures_the_value() =>
        Assert.Equal(12500, Assert.Single(Match("{n} fighters", "about 12,500 fighters")).Number);

    [Fact]
    public void Slot_in_the_middle_is_an_error() =>
        Assert.Throws<InputException>(() => PhrasePattern.Parse("a {o} b", Row));

    [Fact]
    public void Leading_gap_is_an_error() =>
        Assert.Contains("cues.tsv:7", Assert.Throws<InputException>(() => PhrasePattern.Parse("* b", Row)).Message);
}
