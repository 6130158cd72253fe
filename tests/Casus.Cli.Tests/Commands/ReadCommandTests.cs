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
    public void Ties_as_of_a_date_before_the_articles_show_only_what_held_then()
    {
        var before = _seeded.Run("ties", "Iran", "--as-of", "2020-01-01", "--json");
        var after = _seeded.Run("ties", "Iran", "--as-of", "2025-06-21", "--json");
        Assert.True(before.ExitCode == 0 && after.ExitCode == 0, before.Stderr + after.Stderr);
        using var early = JsonDocument.Parse(before.Stdout);
        using var late = JsonDocument.Parse(after.Stdout);
        var earlyClaims = Claims(early).ToList();
        Assert.True(earlyClaims.Count < Claims(late).Count(), "articles of 2025 add ties after 2020");
        // What shows in 2020 must say it held then: started by then, or a past relation known only by its end.
        Assert.All(earlyClaims, c => Assert.True(
            IsOnOrBefore(c, "valid_from", "2020-01-01") || (c.GetProperty("valid_from").ValueKind == JsonValueKind.Null && c.GetProperty("valid_until").ValueKind != JsonValueKind.Null),
            c.ToString()));
    }

    private static IEnumerable<JsonElement> Claims(JsonDocument ties) =>
        ties.RootElement.GetProperty("ties").EnumerateArray().SelectMany(t => t.GetProperty("claims").EnumerateArray());

    private static bool IsOnOrBefore(JsonElement claim, string field, string date) =>
        claim.GetProperty(field).ValueKind == JsonValueKind.String && string.CompareOrdinal(claim.GetProperty(field).GetString(), date) <= 0;

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
