using Casus.Cli.Rendering;

namespace Casus.Cli.Tests.Newcomer;

/// <summary>Issue 12 rough edge: <c>casus ties</c> cut quotes mid-word ("mad…").</summary>
public sealed class ClipTests
{
    [Fact]
    public void A_long_quote_is_cut_after_a_whole_word()
    {
        var sentence = "Officials said the two governments made an agreement on defence cooperation that was signed in the capital last week.";
        var clipped = Text.Clip(sentence, 30);
        Assert.EndsWith("…", clipped);
        var kept = clipped[..^1];
        Assert.StartsWith(kept, sentence);
        Assert.True(sentence[kept.Length] is ' ' or ',' or '.', $"cut mid-word: {clipped}");
        Assert.True(clipped.Length <= 30);
    }

    [Fact]
    public void A_single_long_word_is_still_cut_to_fit()
    {
        var clipped = Text.Clip("07-armenia-freezes-csto-participation-in-the-bloc.txt", 20);
        Assert.Equal(20, clipped.Length);
        Assert.EndsWith("…", clipped);
    }
}
