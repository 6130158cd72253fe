using Casus.Extract.Text;

namespace Casus.Extract.Tests.Text;

public class AliasSpotterTests
{
    private static readonly AliasSpotter Spotter = new(["Red Hand", "Red Hand Brigade", "Kell", "Kell'ish Front", "Kell’ish Front", "US", "Brask"]);

    private static string[] Spot(string text) => Spotter.Spot(text).Select(h => text[h.Start..h.End]).ToArray();

    [Fact]
    public void Longest_alias_wins_over_the_one_inside_it() =>
        Assert.Equal(["Red Hand Brigade", "Red Hand"], Spot("The Red Hand Brigade is part of the Red Hand."));

    [Fact]
    public void Both_apostrophes_are_found() =>
        Assert.Equal(["Kell’ish Front", "Kell'ish Front", "Kell"], Spot("Kell’ish Front and Kell'ish Front met in Kell."));

    [Fact]
    public void Aliases_must_sit_on_word_boundaries() =>
        Assert.Equal(["US", "Brask"], Spot("USA USUAL Kellogg US-backed Braskian Brask's"));

    [Fact]
    public void Empty_text_and_empty_lexicon_find_nothing()
    {
        Assert.Empty(Spotter.Spot(""));
        Assert.Empty(new AliasSpotter([]).Spot("anything"));
    }
}
