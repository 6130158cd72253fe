using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary><c>casus eval extraction</c> over the committed gold (eval/gold) and the shared corpus.</summary>
public sealed class EvalCommandTests
{
    private static readonly string GoldDir = Path.Combine(SharedCorpus.RepoRoot, "eval", "gold");

    private static CasusRun Eval(TempDir dir, params string[] extra) =>
        CasusProcess.Run(dir.File("unused.db"), ["eval", "extraction", .. extra]);

    /// <summary>
    /// Issue 3's targets are precision ≥ 0.90, recall ≥ 0.80, no flattening. All three are met
    /// (recall 0.822 measured, see docs/evaluation.md); this guard sits just below the recall
    /// reached, which is also the target, so a regression below the target fails.
    /// </summary>
    private const double RecallReached = 0.80;

    [Fact]
    public void Extraction_holds_precision_and_flattening_targets_and_the_recall_reached_on_the_gold()
    {
        using var dir = new TempDir();
        var run = Eval(dir, "--gold", GoldDir, "--corpus", SharedCorpus.SeedDir, "--corpus", SharedCorpus.DevDir, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var overall = json.RootElement.GetProperty("overall");
        var precision = overall.GetProperty("precision").GetDouble();
        var recall = overall.GetProperty("recall").GetDouble();
        var flattening = json.RootElement.GetProperty("flattening").GetInt32();
        var summary = $"precision {precision:F3}, recall {recall:F3}, flattening {flattening}";

        Assert.Empty(json.RootElement.GetProperty("missing_documents").EnumerateArray());
        Assert.True(flattening == 0, "negated/hedged/speculated/conditional claims stored as asserted: " + summary + "\n" + json.RootElement.GetProperty("flattened"));
        Assert.True(precision >= 0.90, "precision below 0.90: " + summary);
        Assert.True(recall >= RecallReached, $"recall fell below {RecallReached:F2} (the target, just below the 0.822 reached): " + summary);
    }

    [Fact]
    public void Text_report_lists_scores_per_kind_and_per_document()
    {
        using var dir = new TempDir();
        var run = Eval(dir, "--gold", Path.Combine(GoldDir, "theweek-2025-06-17-iran-allies.tsv"), "--corpus", SharedCorpus.SeedDir);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("overall: precision", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("theweek-2025-06-17-iran-allies.txt", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("patronage", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_gold_row_is_one_line_naming_file_and_line()
    {
        using var dir = new TempDir();
        var gold = dir.Write("bad.tsv", "# header\ntheweek-2025-06-17-iran-allies.txt\tIRN\tRUS\tfriendship\t+\tasserted\n");
        var run = Eval(dir, "--gold", gold, "--corpus", SharedCorpus.SeedDir);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.tsv:2", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_naming_a_document_outside_the_corpus_is_an_input_error()
    {
        using var dir = new TempDir();
        var gold = dir.Write("g.tsv", "no-such-article.txt\tIRN\tRUS\tsupport\t+\tasserted\n");
        var run = Eval(dir, "--gold", gold, "--corpus", SharedCorpus.SeedDir);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-article.txt", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    /// <summary>Issue 13: several gold sets side by side, with the previous extractor's recorded claims
    /// scored on the same gold in the same run (eval/baseline).</summary>
    [Fact]
    public void Several_gold_sets_print_side_by_side_with_the_recorded_baseline()
    {
        using var dir = new TempDir();
        var baseline = Path.Combine(SharedCorpus.RepoRoot, "eval", "baseline", "casus-rules-1-e57955a.tsv");
        var theweek = Path.Combine(GoldDir, "theweek-2025-06-17-iran-allies.tsv");
        var run = Eval(dir, "--gold", "dev=" + GoldDir, "--gold", "one=" + theweek, "--baseline", baseline,
            "--corpus", SharedCorpus.SeedDir, "--corpus", SharedCorpus.DevDir, "--list", "0", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var sets = json.RootElement.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(["dev", "one"], sets.Select(s => s.GetProperty("name").GetString()));
        var dev = sets[0];
        // The recorded claims of the previous extractor reproduce the figures it had on the dev gold (docs/evaluation.md).
        var before = dev.GetProperty("baseline");
        Assert.Equal(148, before.GetProperty("matched").GetInt32());
        Assert.Equal(150, before.GetProperty("predicted").GetInt32());
        // Today's extractor: no worse than that on the kinds the dev gold annotates.
        var now = dev.GetProperty("annotated_kinds_only");
        Assert.True(now.GetProperty("precision").GetDouble() >= before.GetProperty("precision").GetDouble() - 0.005, now.ToString());
        Assert.True(now.GetProperty("recall").GetDouble() >= RecallReached, now.ToString());

        var text = Eval(dir, "--gold", "dev=" + GoldDir, "--baseline", baseline, "--corpus", SharedCorpus.SeedDir, "--corpus", SharedCorpus.DevDir, "--list", "0");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("dev baseline", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("=== dev (", text.Stdout, StringComparison.Ordinal);
    }
}
