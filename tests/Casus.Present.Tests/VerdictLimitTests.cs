using Casus.Present;

namespace Casus.Present.Tests;

public class VerdictLimitTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 25 ", 25)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("99999999999999999999999", int.MaxValue)]
    public void A_whole_number_of_at_least_one_is_a_limit_and_a_huge_one_means_all(string text, int expected)
    {
        Assert.Null(VerdictLimit.Problem(text, out var limit));
        Assert.Equal(expected, limit);
    }

    [Theory]
    [InlineData("0", "less than 1")]
    [InlineData("-4", "less than 1")]
    [InlineData("ten", "not a whole number")]
    [InlineData("2.5", "not a whole number")]
    [InlineData("", "not a whole number")]
    public void Zero_negative_or_non_numeric_limit_is_refused_with_a_reason(string text, string reason)
    {
        Assert.Contains(reason, VerdictLimit.Problem(text, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void Top_keeps_the_first_verdicts_in_their_order()
    {
        var verdicts = FictionalWorld.Result().Verdicts;
        Assert.Equal([verdicts[0]], VerdictLimit.Top(verdicts, 1));
        Assert.Same(verdicts, VerdictLimit.Top(verdicts, 2));
        Assert.Same(verdicts, VerdictLimit.Top(verdicts, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => VerdictLimit.Top(verdicts, 0));
    }
}
