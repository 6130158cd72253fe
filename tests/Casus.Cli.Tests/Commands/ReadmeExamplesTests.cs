using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>
/// Every <c>./casus …</c> line in the README's <c>sh</c> blocks, plus a tour of the other commands the
/// README's table documents, run the three ways a person runs them: at a terminal (a pseudo-terminal, so
/// Spectre's progress bars and tables are drawn), piped, and with <c>--json</c> where the command has it.
/// An internal error (exit 70) on any of them fails; so does a non-zero exit, and unparsable JSON.
/// They read <c>../shared</c> and never skip (CI runs them too).
/// </summary>
public sealed class ReadmeExamplesTests
{
    public enum Mode { Terminal, Piped, Json }

    /// <summary>Commands whose README line has a <c>--json</c> flag (every read command, ingest, import, refresh).</summary>
    private static readonly HashSet<string> TakesJson = ["ingest", "refresh", "actors", "ties", "evidence", "scenario", "import"];

    /// <summary>The table's other commands, in an order that makes sense on one database after the README's examples.</summary>
    private static readonly string[] Tour =
    [
        "./casus actors",
        "./casus actors --candidates",
        "./casus ties Putin --limit 5",
        "./casus refresh",
        "./casus import atop ../shared/data/atop/atop5_1m.csv",
        "./casus scenario --target Iran --against Israel --known-by 2025-06-01 --limit 5",
        "./casus brief --limit 3",
        "./casus export graphml --out network.graphml",
        "./casus backup backup.jsonl",
    ];

    public static TheoryData<Mode> Modes => new() { Mode.Terminal, Mode.Piped, Mode.Json };

    [Fact]
    public void The_readme_has_examples_to_run()
    {
        var examples = ReadmeExamples();
        Assert.Contains(examples, e => e.StartsWith("./casus ingest ../shared/corpus/dev/", StringComparison.Ordinal));
        Assert.True(examples.Count >= 5, string.Join("\n", examples));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_readme_example_runs_without_an_internal_error(Mode mode)
    {
        using var dir = new TempDir();
        var failures = new List<string>();
        foreach (var line in ReadmeExamples().Concat(Tour))
        foreach (var command in line.Split("&&", StringSplitOptions.TrimEntries))
        {
            var (db, args) = Arguments(command, dir);
            if (mode == Mode.Json && TakesJson.Contains(args[0]) && !args.Contains("--json")) args = [.. args, "--json"];
            var run = mode == Mode.Terminal ? TerminalProcess.Run(db, args) : CasusProcess.Run(db, args);
            var shown = mode + ": " + command;
            if (run.ExitCode != 0 || run.Stdout.Contains("internal error") || run.Stderr.Contains("internal error"))
                failures.Add($"{shown} → exit {run.ExitCode}: {Tail(run.Stderr + run.Stdout)}");
            else if (mode == Mode.Json && args.Contains("--json") && !ParsesAsJson(run.Stdout))
                failures.Add($"{shown} → stdout is not JSON: {Tail(run.Stdout)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Ingesting_the_dev_corpus_at_a_terminal_prints_its_table_and_stores_each_document_once()
    {
        using var dir = new TempDir();
        var db = dir.File("casus.db");
        var first = TerminalProcess.Run(db, "ingest", SharedCorpus.DevDir);
        Assert.True(first.ExitCode == 0, Tail(first.Stdout + first.Stderr));
        Assert.DoesNotContain("internal error", first.Stdout);
        Assert.Contains("10 added, 0 already stored, 0 failed", first.Stdout);
        var again = CasusProcess.Run(db, "ingest", SharedCorpus.DevDir, "--json");
        Assert.True(again.ExitCode == 0, again.Stderr);
        using var json = JsonDocument.Parse(again.Stdout);
        Assert.DoesNotContain(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("status").GetString() != "already_stored");
    }

    /// <summary>The <c>./casus</c> lines of the README's <c>sh</c> blocks (<c>./test.sh</c> is the test suite itself).</summary>
    public static List<string> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var examples = new List<string>();
        foreach (Match block in Regex.Matches(readme, "```sh\n(.*?)```", RegexOptions.Singleline))
        foreach (var raw in block.Groups[1].Value.Split('\n'))
        {
            var line = Regex.Replace(raw, @"\s+#.*$", "").Trim();
            if (line.StartsWith("./casus", StringComparison.Ordinal)) examples.Add(line);
        }
        return examples;
    }

    /// <summary>A README command as arguments for the built casus: <c>../shared</c> is the shared folder,
    /// files it writes land in the scratch folder, <c>--db</c> names a scratch database (default: one per run).</summary>
    private static (string Db, string[] Args) Arguments(string command, TempDir dir)
    {
        var words = ShellWords(command);
        Assert.Equal("./casus", words[0]);
        var db = dir.File("casus.db");
        var args = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "--db") { db = dir.File(Path.GetFileName(words[++i])); continue; }
            if (word == "--no-starter") { args.Add(word); continue; }
            if (word.StartsWith("../shared", StringComparison.Ordinal)) word = Path.Combine(SharedCorpus.Root, word["../shared/".Length..]);
            else if (i > 1 && words[i - 1] is "--out" || args is ["backup" or "restore"]) word = dir.File(Path.GetFileName(word));
            args.Add(word);
        }
        // --no-starter is a global option: keep it before the command, as the README writes it.
        var noStarter = args.Remove("--no-starter");
        return (db, noStarter ? ["--no-starter", .. args] : [.. args]);
    }

    /// <summary>Splits a command line into words the way sh does for the README's simple lines (double quotes).</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; any = true; }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any || current.Length > 0) words.Add(current.ToString());
                current.Clear();
                any = false;
            }
            else current.Append(c);
        }
        if (any || current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static bool ParsesAsJson(string text)
    {
        try { using var _ = JsonDocument.Parse(text); return true; }
        catch (JsonException) { return false; }
    }

    private static string Tail(string text) => text.Length <= 600 ? text : "…" + text[^600..];
}
