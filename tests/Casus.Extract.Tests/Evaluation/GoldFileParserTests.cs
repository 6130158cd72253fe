using Casus.Core;
using Casus.Core.Claims;
using Casus.Extract.Evaluation;

namespace Casus.Extract.Tests.Evaluation;

public sealed class GoldFileParserTests
{
    [Fact]
    public void Row_with_alternatives_and_details_is_read_into_labels()
    {
        var gold = GoldFileParser.Parse("g.tsv",
            "# comment\n\ndoc.txt\tRUR\tFRE|SYL\tsupport|arms_supply\t+\tnegated|hedged\tfrom=2030-01; until=2031; clauses=+joint_exercises -mutual_defence; condition=SYL\tmy note\n");

        var row = Assert.Single(gold);
        Assert.Equal("doc.txt", row.Document);
        Assert.Equal(["FRE", "SYL"], row.Targets.Select(t => t.Value));
        Assert.Equal([ClaimKind.Of(TieType.Support), ClaimKind.Of(TieType.ArmsSupply)], row.Kinds);
        Assert.Equal([Modality.Negated, Modality.Hedged], row.Modalities);
        Assert.Equal(new PartialDate(2030, 1, null), row.Details.From);
        Assert.Equal(new PartialDate(2031, null, null), row.Details.Until);
        Assert.Equal([new Clause(ClauseKind.JointExercises, true), new Clause(ClauseKind.MutualDefence, false)], row.Details.Clauses);
        Assert.Equal("SYL", row.Details.ConditionActor?.Value);
        Assert.Equal("my note", row.Note);
        Assert.Equal("g.tsv:3", row.Origin);
    }

    [Fact]
    public void State_row_has_no_target_and_no_sign()
    {
        var row = Assert.Single(GoldFileParser.Parse("g.tsv", "doc.txt\tguild\t\tsize\t\tasserted\tquantity=5000\n"));
        Assert.True(row.IsState);
        Assert.Equal(5000, row.Details.Quantity);
    }

    [Theory]
    [InlineData("doc.txt\tRUR\tFRE\tfriendship\t+\tasserted", "g.tsv:1", "kind 'friendship'")]
    [InlineData("doc.txt\tRUR\tFRE\tsupport\t+\tcertain", "g.tsv:1", "modality 'certain'")]
    [InlineData("doc.txt\tRUR\tFRE\tsupport\t\tasserted", "g.tsv:1", "sign")]
    [InlineData("doc.txt\tRUR\t\tsupport\t+\tasserted", "g.tsv:1", "no target")]
    [InlineData("doc.txt\tRUR\tFRE\tsize\t\tasserted", "g.tsv:1", "names a target")]
    [InlineData("doc.txt\tRUR\tFRE\tsupport\t+", "g.tsv:1", "columns")]
    [InlineData("doc.txt\tRUR\tFRE\ttreaty\t+\tasserted\tclauses=mutual_defence", "g.tsv:1", "clause 'mutual_defence'")]
    [InlineData("doc.txt\tRUR\tFRE\ttreaty\t+\tasserted\tfrom=January", "g.tsv:1", "from=January")]
    public void Malformed_row_is_rejected_naming_file_line_and_reason(string row, string where, string reason)
    {
        var error = Assert.Throws<InputException>(() => GoldFileParser.Parse("g.tsv", row));
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_claim_written_twice_is_rejected_so_it_cannot_count_double()
    {
        const string row = "doc.txt\tRUR\tFRE\tsupport\t+\thedged\t\tfirst";
        var error = Assert.Throws<InputException>(() => GoldFileParser.Parse("g.tsv", row + "\n" + row.Replace("first", "second", StringComparison.Ordinal)));
        Assert.Contains("g.tsv:2", error.Message, StringComparison.Ordinal);
    }
}
