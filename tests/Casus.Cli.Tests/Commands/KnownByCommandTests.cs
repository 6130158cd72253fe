using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>
/// <c>--known-by</c> on <c>scenario</c> and <c>brief</c>: judged only on articles published by the date.
/// Two fictional articles written for these tests: a January 2024 treaty, and a March 2025 report of
/// arms deliveries that began in February 2025, so the world "as of" mid-2025 holds both.
/// </summary>
public sealed class KnownByCommandTests(KnownByCommandTests.TwoArticles articles) : IClassFixture<KnownByCommandTests.TwoArticles>
{
    private const string LateSentence = "Turkey began supplying weapons to Pakistan in February.";
    private readonly string _db = articles.Db;

    /// <summary>The database, ingested once for the class (no starter: only these two articles).</summary>
    public sealed class TwoArticles : IDisposable
    {
        private readonly TempDir _dir = new();

        public TwoArticles()
        {
            Db = _dir.File("known-by.db");
            var early = _dir.Write("early.txt", "date 2024-01-10\nTurkey signed a defence treaty with Pakistan in Ankara.\n");
            var late = _dir.Write("late.txt", "date 2025-03-01\n" + LateSentence + "\n");
            var ingest = CasusProcess.Run(Db, "--no-starter", "ingest", early, late);
            if (ingest.ExitCode != 0) throw new InvalidOperationException("ingest failed: " + ingest.Stderr);
        }

        public string Db { get; }

        public void Dispose() => _dir.Dispose();
    }

    private CasusRun Scenario(params string[] extra) =>
        CasusProcess.Run(_db, ["scenario", "--target", "Pakistan", "--against", "India", .. extra]);

    private static JsonElement Turkey(CasusRun run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("actor_id").GetString() == "TUR").Clone();
    }

    [Fact]
    public void Claim_published_after_known_by_neither_moves_the_verdict_nor_is_cited()
    {
        var then = Scenario("--as-of", "2025-06-01", "--known-by", "2024-06-01", "--json");
        var now = Scenario("--as-of", "2025-06-01", "--json");

        Assert.DoesNotContain(LateSentence, then.Stdout, StringComparison.Ordinal);
        Assert.Contains(LateSentence, now.Stdout, StringComparison.Ordinal);
        Assert.True(Turkey(now).GetProperty("expected_level").GetDouble() > Turkey(then).GetProperty("expected_level").GetDouble());
        var root = JsonDocument.Parse(then.Stdout).RootElement;
        Assert.Equal("2024-06-01", root.GetProperty("known_by").GetString());
        Assert.Equal(1, root.GetProperty("withheld_claims").GetInt32());
    }

    [Fact]
    public void Claim_published_before_known_by_counts_and_is_cited()
    {
        var run = Scenario("--as-of", "2025-06-01", "--known-by", "2025-03-01", "--json");
        Assert.Contains(LateSentence, run.Stdout, StringComparison.Ordinal);
        Assert.Equal(Turkey(Scenario("--as-of", "2025-06-01", "--json")).GetRawText(), Turkey(run).GetRawText());
        Assert.Equal(0, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("withheld_claims").GetInt32());
    }

    [Fact]
    public void Known_by_without_as_of_judges_the_world_on_that_date()
    {
        var run = Scenario("--known-by", "2024-06-01", "--json");
        Assert.Equal("2024-06-01", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("scenario").GetProperty("as_of").GetString());
    }

    [Fact]
    public void Without_the_flag_the_json_has_no_known_by_fields()
    {
        var run = Scenario("--as-of", "2025-06-01", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("known_by", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("withheld_claims", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_header_says_what_was_known_and_how_much_was_withheld()
    {
        var run = Scenario("--as-of", "2025-06-01", "--known-by", "2024-06-01");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("knowing only what was published by 2024-06-01 (1 claim withheld)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_with_known_by_says_so_and_leaves_the_later_article_uncited()
    {
        var brief = CasusProcess.Run(_db, "brief", "--target", "Pakistan", "--against", "India", "--as-of", "2025-06-01", "--known-by", "2024-06-01");
        Assert.True(brief.ExitCode == 0, brief.Stderr);
        Assert.Contains("knowing only what was published by 2024-06-01 (1 claim withheld)", brief.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(LateSentence, brief.Stdout, StringComparison.Ordinal);
        Assert.Contains("defence treaty", brief.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scenario")]
    [InlineData("brief")]
    public void Bad_known_by_is_a_one_line_usage_error(string command)
    {
        var run = CasusProcess.Run(_db, command, "--target", "Pakistan", "--against", "India", "--known-by", "2024-13-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--known-by '2024-13-01': not a valid date", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }
}
