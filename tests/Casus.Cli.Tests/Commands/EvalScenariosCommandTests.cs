using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>
/// <c>casus eval scenarios</c> over the shipped cases (eval/backtest) and the shared corpus. The
/// checks are on the harness — it runs, scores every outcome, reports both baselines — not on Casus
/// beating them, which it does not yet do (docs/evaluation.md has the table).
/// </summary>
public sealed class EvalScenariosCommandTests
{
    private static readonly string CasesDir = Path.Combine(SharedCorpus.RepoRoot, "eval", "backtest");

    private static CasusRun Eval(TempDir dir, params string[] extra) =>
        CasusProcess.Run(dir.File("unused.db"), ["eval", "scenarios", .. extra]);

    private static string[] Corpus => ["--corpus", SharedCorpus.SeedDir, "--corpus", SharedCorpus.DevDir];

    [Fact]
    public void Shipped_cases_run_and_every_outcome_is_scored_against_both_baselines()
    {
        using var dir = new TempDir();
        var run = Eval(dir, ["--cases", CasesDir, .. Corpus, "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(CasesDir, "*.tsv").Length, cases.Count);
        var actors = cases.SelectMany(c => c.GetProperty("actors").EnumerateArray()).ToList();
        foreach (var actor in actors)
        {
            var probabilities = actor.GetProperty("probabilities").EnumerateArray().Select(p => p.GetDouble()).ToList();
            Assert.Equal(6, probabilities.Count);
            Assert.Equal(1.0, probabilities.Sum(), 6);
            Assert.InRange(actor.GetProperty("observed").GetInt32(), 0, 5);
            foreach (var score in new[] { "rps", "rps_uniform", "rps_base_rate" }) Assert.InRange(actor.GetProperty(score).GetDouble(), 0, 1);
            Assert.StartsWith("http", actor.GetProperty("source").GetString(), StringComparison.Ordinal);
        }
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(actors.Count, overall.GetProperty("actors").GetInt32());
        Assert.Equal(actors.Average(a => a.GetProperty("rps").GetDouble()), overall.GetProperty("mean_rps").GetDouble(), 9);
        Assert.Equal(actors.Count(a => !a.GetProperty("verdict").GetBoolean()), overall.GetProperty("no_verdict").GetInt32());
    }

    [Fact]
    public void Text_report_shows_each_case_table_and_the_overall_comparison()
    {
        using var dir = new TempDir();
        var run = Eval(dir, ["--cases", Path.Combine(CasesDir, "armenia-2022-09.tsv"), .. Corpus]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("scenario backtest: 1 cases", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("case armenia-2022-09", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("knowledge starter+dev", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("overall mean RPS over", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_starter_takes_the_starter_out_of_every_case()
    {
        using var dir = new TempDir();
        var run = Eval(dir, ["--cases", Path.Combine(CasesDir, "kursk-2024-08.tsv"), .. Corpus, "--no-starter", "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("dev", json.RootElement.GetProperty("cases")[0].GetProperty("knowledge").GetString());
    }

    [Fact]
    public void Malformed_case_file_is_one_line_naming_file_and_line()
    {
        using var dir = new TempDir();
        var file = dir.Write("bad.tsv", "target\tARM\nattackers\tAZE\nas_of\t2022-09-12\nknowledge\tdev\noutcome\tRUS\tseven\tWrong level.\thttps://example.org\n");
        var run = Eval(dir, ["--cases", file, .. Corpus]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.tsv:5", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Unknown_actor_or_knowledge_is_one_line_naming_the_case_file()
    {
        using var dir = new TempDir();
        var actor = dir.Write("actor.tsv", "target\tARM\nattackers\tNarnia\nas_of\t2022-09-12\nknowledge\tdev\noutcome\tRUS\t2\tMediated.\thttps://example.org\n");
        var knowledge = dir.Write("knowledge.tsv", "target\tARM\nattackers\tAZE\nas_of\t2022-09-12\nknowledge\twikipedia\noutcome\tRUS\t2\tMediated.\thttps://example.org\n");
        foreach (var (file, why) in new[] { (actor, "Narnia"), (knowledge, "wikipedia") })
        {
            var run = Eval(dir, ["--cases", file, .. Corpus]);
            Assert.Equal(1, run.ExitCode);
            var line = Assert.Single(run.StderrLines);
            Assert.Contains(Path.GetFileName(file), line, StringComparison.Ordinal);
            Assert.Contains(why, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Starter_and_no_starter_together_are_a_usage_error()
    {
        using var dir = new TempDir();
        var run = Eval(dir, ["--cases", CasesDir, "--starter", "--no-starter"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("contradict", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }
}
