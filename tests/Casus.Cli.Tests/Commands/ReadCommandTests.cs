using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>The read commands on a database holding only the seed articles.</summary>
public sealed class ReadCommandTests : IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _seeded;

    public ReadCommandTests(SeededDatabase seeded) => _seeded = seeded;

    [Fact]
    public void Evidence_json_quotes_seed_sentences_verbatim()
    {
        var run = _seeded.Run("evidence", "Moscow", "Tehran", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("RUS", json.RootElement.GetProperty("a").GetProperty("id").GetString());
        var seedText = File.ReadAllText(SharedCorpus.Seed(SharedCorpus.TheWeek)) + File.ReadAllText(SharedCorpus.Seed(SharedCorpus.Rnz));
        var sentences = json.RootElement.GetProperty("ties").EnumerateArray()
            .SelectMany(t => t.GetProperty("claims").EnumerateArray())
            .Select(c => c.GetProperty("evidence").GetProperty("sentence").GetString()!)
            .ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Contains(s, seedText.ReplaceLineEndings("\n"), StringComparison.Ordinal));
    }

    [Fact]
    public void Ties_as_of_a_date_before_the_articles_show_only_what_they_say_had_already_ended()
    {
        var before = _seeded.Run("ties", "Iran", "--as-of", "2020-01-01", "--json");
        var after = _seeded.Run("ties", "Iran", "--as-of", "2025-06-21", "--json");
        Assert.True(before.ExitCode == 0 && after.ExitCode == 0, before.Stderr + after.Stderr);
        using var early = JsonDocument.Parse(before.Stdout);
        using var late = JsonDocument.Parse(after.Stdout);
        // In 2020 the articles' present-tense ties did not exist yet; only the past they describe did.
        Assert.All(early.RootElement.GetProperty("ties").EnumerateArray(),
            t => Assert.Equal(JsonValueKind.String, t.GetProperty("until").ValueKind));
        Assert.True(late.RootElement.GetProperty("ties").GetArrayLength() > early.RootElement.GetProperty("ties").GetArrayLength());
    }

    [Fact]
    public void Support_for_Assad_shows_before_his_fall_and_not_after()
    {
        static bool SupportsAssad(JsonDocument json) => json.RootElement.GetProperty("ties").EnumerateArray()
            .Any(t => t.GetProperty("target").GetString() == "assad-regime" && t.GetProperty("type").GetString() == "support");
        var before = _seeded.Run("ties", "Iran", "--as-of", "2024-06-01", "--json");
        var after = _seeded.Run("ties", "Iran", "--as-of", "2025-06-20", "--json");
        Assert.True(before.ExitCode == 0 && after.ExitCode == 0, before.Stderr + after.Stderr);
        using var early = JsonDocument.Parse(before.Stdout);
        using var late = JsonDocument.Parse(after.Stdout);
        Assert.True(SupportsAssad(early));
        Assert.False(SupportsAssad(late));
    }

    [Fact]
    public void Export_graphml_declares_its_keys_and_every_edge_joins_known_nodes()
    {
        var run = _seeded.Run("export", "graphml");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var xml = System.Xml.Linq.XDocument.Parse(run.Stdout);
        System.Xml.Linq.XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var nodes = xml.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Contains("RUS", nodes);
        Assert.NotEmpty(xml.Descendants(g + "key"));
        Assert.All(xml.Descendants(g + "edge"), e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodes);
            Assert.Contains((string)e.Attribute("target")!, nodes);
        });
    }

    [Fact]
    public void Export_with_an_unknown_format_is_a_one_line_usage_error()
    {
        var run = _seeded.RunUnchanged("export", "pdf");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Ties_tree_shows_the_partner_and_the_claim_modality()
    {
        var run = _seeded.Run("ties", "Russia");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Russia (RUS)", run.Stdout);
        Assert.Contains("Iran", run.Stdout);
        Assert.Contains("hedged", run.Stdout);
    }

    [Fact]
    public void Actors_lists_the_seed_actors_with_ties()
    {
        var run = _seeded.Run("actors");
        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var name in new[] { "Russia", "China", "Pakistan", "Hezbollah" }) Assert.Contains(name, run.Stdout);
    }
}

/// <summary>A database created without flags gets the starter knowledge base and answers the default question.</summary>
public sealed class StarterBriefTests
{
    [Fact]
    public void Plain_brief_on_a_new_database_answers_the_Iran_question_from_the_starter()
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(dir.File("fresh.db"), "brief");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Iran", run.Stdout.Split('\n')[0]);
        Assert.Contains("Russia", run.Stdout);
        Assert.Contains("http", run.Stdout); // the starter's sources are cited
    }

    [Fact]
    public void No_starter_from_the_environment_leaves_a_new_database_empty()
    {
        using var dir = new TempDir();
        var db = dir.File("empty.db");
        var run = CasusProcess.Run(db, new Dictionary<string, string> { ["CASUS_NO_STARTER"] = "1" }, "actors", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Empty(json.RootElement.EnumerateArray());
    }
}
