using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary><c>casus eval plover</c>: the PLOVER gold-standard records scored through
/// data/lexicon/cameo-casus.tsv. No threshold is asserted here: it is a peer's test set, reported
/// as it comes out (docs/evaluation.md); these tests hold the command's contract.</summary>
public sealed class EvalPloverCommandTests
{
    private static readonly string GoldFile = SharedCorpus.Data("cameo-plover", "PLOVER_GSR_CAMEO.txt");

    private static CasusRun Eval(TempDir dir, params string[] extra) =>
        CasusProcess.Run(dir.File("unused.db"), ["eval", "plover", .. extra]);

    [Fact]
    public void Json_report_scores_each_mapped_event_type_beside_the_own_lexicon_baseline()
    {
        using var dir = new TempDir();
        var run = Eval(dir, "--file", GoldFile, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(322, root.GetProperty("records").GetInt32());   // 323 entries, one is the file's DOCUMENT header
        var types = root.GetProperty("by_type").EnumerateArray().ToDictionary(t => t.GetProperty("type").GetString()!);
        // Counts of the file's own event labels (the mapping decides which are scored).
        Assert.Equal(16, types["DISAPPROVE"].GetProperty("gold").GetInt32());
        Assert.Equal(29, types["THREATEN"].GetProperty("gold").GetInt32());
        Assert.Equal(["contact", "mediation"], types["CONSULT"].GetProperty("tie_types").EnumerateArray().Select(t => t.GetString()));
        Assert.False(types.ContainsKey("PROTEST"));
        Assert.Equal(27, root.GetProperty("not_modelled").GetProperty("PROTEST").GetInt32());
        foreach (var report in new[] { root, root.GetProperty("own_lexicon_only") })
        {
            var overall = report.GetProperty("overall");
            Assert.InRange(overall.GetProperty("recall").GetDouble(), 0, 1);
            Assert.InRange(overall.GetProperty("precision").GetDouble(), 0, 1);
            Assert.Equal(types.Values.Sum(t => t.GetProperty("gold").GetInt32()), overall.GetProperty("gold").GetInt32());
        }
    }

    [Fact]
    public void Text_report_has_a_row_per_mapped_type_and_the_baseline_column()
    {
        using var dir = new TempDir();
        var run = Eval(dir, "--file", GoldFile);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("PLOVER gold-standard records:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("own lexicon only", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("DISAPPROVE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("not scored", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"id\": \"x\"}")]
    public void A_file_that_is_not_gold_records_is_one_clear_line_and_exit_1(string content)
    {
        using var dir = new TempDir();
        var file = dir.Write("bad.json", content);
        var run = Eval(dir, "--file", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.json", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_clear_line_and_exit_1()
    {
        using var dir = new TempDir();
        var run = Eval(dir, "--file", dir.File("nowhere.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere.json", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }
}
