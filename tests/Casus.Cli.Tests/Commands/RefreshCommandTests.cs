using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>
/// <c>casus refresh</c> on a database an older casus built (<see cref="OlderData"/>: another data version,
/// a lexicon without one alias), and the stderr hint that such a database is behind.
/// </summary>
public sealed class RefreshCommandTests : IDisposable
{
    private const string Hint = "run `casus refresh`";
    private readonly TempDir _dir = new();
    private readonly string _db;

    public RefreshCommandTests()
    {
        _db = _dir.File("older.db");
        var older = new Dictionary<string, string> { ["CASUS_DATA_DIR"] = OlderData.Write(_dir) };
        var ingest = CasusProcess.Run(_db, older, "--no-starter", "ingest", _dir.Write("gazette.txt", OlderData.Article));
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
    }

    public void Dispose() => _dir.Dispose();

    private CasusRun Run(params string[] args) => CasusProcess.Run(_db, args);

    [Fact]
    public void Scenario_on_an_older_database_says_so_on_stderr_and_keeps_json_clean()
    {
        var run = Run("scenario", "--target", "Norway", "--against", "Iran", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"database data version {OlderData.Version}, shipped ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(Hint, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh", run.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("verdicts").ValueKind);
    }

    [Theory]
    [InlineData("ties", "Iran", "--json")]
    [InlineData("brief", "--target", "Norway", "--against", "Iran")]
    public void Ties_and_brief_on_an_older_database_give_the_hint_once_on_stderr_only(params string[] args)
    {
        var run = Run(args);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Single(run.StderrLines, line => line.Contains(Hint, StringComparison.Ordinal));
        Assert.DoesNotContain(Hint, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_reextracts_the_older_article_and_a_second_refresh_changes_nothing()
    {
        var first = Run("refresh", "--json");
        Assert.True(first.ExitCode == 0, first.Stderr);
        using (var report = JsonDocument.Parse(first.Stdout))
        {
            var root = report.RootElement;
            Assert.Equal(OlderData.Version, root.GetProperty("from_version").GetString());
            Assert.True(root.GetProperty("changed").GetBoolean());
            Assert.Equal(1, root.GetProperty("documents_reextracted").GetInt32());
            Assert.True(root.GetProperty("claims_after").GetInt32() > root.GetProperty("claims_before").GetInt32(),
                "the current lexicon knows the alias the older one lacked");
            Assert.Equal(JsonValueKind.Null, root.GetProperty("starter").ValueKind);
        }
        var ties = Run("ties", "Pakistan", "--json");
        Assert.Contains("\"treaty\"", ties.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Hint, ties.Stderr, StringComparison.Ordinal);

        var second = Run("refresh");

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("already up to date", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_text_summary_names_the_versions_and_counts()
    {
        var run = Run("refresh");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"data version {OlderData.Version} → ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("re-extracted 1 document:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("starter: not in this database", run.Stdout, StringComparison.Ordinal);
    }
}
