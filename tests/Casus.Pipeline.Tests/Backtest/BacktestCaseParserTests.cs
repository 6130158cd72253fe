using Casus.Core;
using Casus.Pipeline.Backtest;

namespace Casus.Pipeline.Tests.Backtest;

/// <summary>Case files in the format of docs/evaluation.md, written here with fictional actors' ids.</summary>
public sealed class BacktestCaseParserTests
{
    private const string Valid =
        "# a fictional war\n" +
        "case\tzembla-war\n" +
        "target\tARM\n" +
        "attackers\tAZE TUR\n" +
        "joiners\tRUS\n" +
        "as_of\t2030-01-02\n" +
        "knowledge\tstarter dev\n" +
        "outcome\tFRA\t2\tCalled a council meeting.\thttps://example.org/a\n" +
        "outcome\tUSA\t0\tSaid nothing.\thttps://example.org/b\n";

    [Fact]
    public void A_case_file_gives_the_scenario_knowledge_and_each_observed_level()
    {
        var parsed = BacktestCaseParser.Parse("zembla.tsv", Valid);
        Assert.Equal("zembla-war", parsed.Name);
        Assert.Equal("ARM", parsed.Target);
        Assert.Equal(["AZE", "TUR"], parsed.Attackers);
        Assert.Equal(["RUS"], parsed.Joiners);
        Assert.Equal(new DateOnly(2030, 1, 2), parsed.AsOf);
        Assert.True(parsed.UsesStarter);
        Assert.Equal(["dev"], parsed.Corpora);
        Assert.Equal([("FRA", 2, 8), ("USA", 0, 9)], parsed.Outcomes.Select(o => (o.Actor, o.Level, o.Line)));
    }

    [Fact]
    public void Without_a_case_line_the_file_name_names_the_case()
    {
        var parsed = BacktestCaseParser.Parse("zembla.tsv", Valid.Replace("case\tzembla-war\n", ""));
        Assert.Equal("zembla", parsed.Name);
    }

    [Theory]
    [InlineData("outcome\tFRA\t6\tToo high.\thttps://example.org/a\n", "zembla.tsv:10", "level '6'")]
    [InlineData("outcome\tFRA\ttwo\tNot a number.\thttps://example.org/a\n", "zembla.tsv:10", "level 'two'")]
    [InlineData("outcome\tGBR\t1\tNo source.\n", "zembla.tsv:10", "four tab-separated values")]
    [InlineData("outcome\tGBR\t1\tNot a URL.\texample.org\n", "zembla.tsv:10", "not an http(s) URL")]
    [InlineData("outcome\tfra\t1\tTwice.\thttps://example.org/c\n", "zembla.tsv:10", "two outcomes")]
    [InlineData("allies\tFRA\n", "zembla.tsv:10", "unknown key 'allies'")]
    [InlineData("as_of\t2030-01-03\n", "zembla.tsv:10", "'as_of' given twice")]
    public void A_malformed_line_is_one_message_naming_file_and_line(string extra, string where, string why)
    {
        var error = Assert.Throws<InputException>(() => BacktestCaseParser.Parse("zembla.tsv", Valid + extra));
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("as_of\t2030-01-02\n", "as_of\t2 January 2030\n", "not a date")]
    [InlineData("target\tARM\n", "", "no 'target' line")]
    [InlineData("outcome\tFRA\t2\tCalled a council meeting.\thttps://example.org/a\noutcome\tUSA\t0\tSaid nothing.\thttps://example.org/b\n", "", "nothing to score")]
    public void A_missing_or_unreadable_field_is_named(string line, string replacement, string why)
    {
        var error = Assert.Throws<InputException>(() => BacktestCaseParser.Parse("zembla.tsv", Valid.Replace(line, replacement)));
        Assert.StartsWith("case file zembla.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }
}
