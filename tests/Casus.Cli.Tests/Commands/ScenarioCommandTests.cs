using System.Text.Json;
using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

public sealed class ScenarioCommandTests : IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _seeded;

    public ScenarioCommandTests(SeededDatabase seeded) => _seeded = seeded;

    [Fact]
    public void Scenario_json_on_the_seeds_follows_the_contract()
    {
        var run = _seeded.Run("scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States", "--as-of", "2025-06-21", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var scenario = json.RootElement.GetProperty("scenario");
        Assert.Equal("IRN", scenario.GetProperty("target").GetString());
        Assert.Equal(["ISR"], scenario.GetProperty("attackers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["USA"], scenario.GetProperty("joiners").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2025-06-21", scenario.GetProperty("as_of").GetString());
        var verdicts = json.RootElement.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.NotEmpty(verdicts);
        foreach (var verdict in verdicts)
        {
            Assert.False(string.IsNullOrEmpty(verdict.GetProperty("actor").GetString()));
            var p = verdict.GetProperty("probabilities").EnumerateArray().Select(e => e.GetDouble()).ToList();
            Assert.Equal(6, p.Count);
            Assert.InRange(p.Sum(), 0.999, 1.001);
            var level = verdict.GetProperty("level").GetInt32();
            Assert.Equal(p.IndexOf(p.Max()), level);
            foreach (var factor in verdict.GetProperty("factors").EnumerateArray())
            {
                Assert.True(factor.TryGetProperty("name", out _));
                Assert.True(factor.TryGetProperty("effect", out _));
                foreach (var evidence in factor.GetProperty("evidence").EnumerateArray())
                    Assert.False(string.IsNullOrEmpty(evidence.GetProperty("sentence").GetString()));
            }
        }
    }

    [Fact]
    public void Scenario_table_lists_each_actor_with_its_four_chances()
    {
        var run = _seeded.Run("scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"P\(words\)\s*│\s*P\(diplomacy\)\s*│\s*P\(material\+\)\s*│\s*P\(fighting\)", run.Stdout);
        Assert.Contains("Russia", run.Stdout);
        // Bodies are marked as the briefs mark them: blocs as blocs, organisations as organisations.
        Assert.Matches(@"Axis of Resistance\s*(│\s*)*\(bloc\)", run.Stdout);
        Assert.Matches(@"Eurasian Economic Union\s*(│\s*)*\(organisation\)", run.Stdout);
    }

    [Fact]
    public void Scenario_rows_are_sorted_by_material_then_diplomacy_as_printed_and_match_the_json()
    {
        string[] args = ["scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States", "--as-of", "2025-06-21"];
        var run = _seeded.Run(args);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = System.Text.RegularExpressions.Regex.Matches(run.Stdout,
                @"^│ (?<name>[^│]+?)\s+│\s+(?<w>\d+)%\s+│\s+(?<d>\d+)%\s+│\s+(?<m>\d+)%\s+│\s+(?<f>\d+)%\s+│", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => (Name: m.Groups["name"].Value, Words: int.Parse(m.Groups["w"].Value), Diplomacy: int.Parse(m.Groups["d"].Value),
                Material: int.Parse(m.Groups["m"].Value), Fighting: int.Parse(m.Groups["f"].Value)))
            .ToList();
        Assert.True(rows.Count > 5, run.Stdout);
        // What the reader can check by eye: P(material+) never rises down the table, and among equal ones P(diplomacy) never rises.
        for (var i = 1; i < rows.Count; i++)
            Assert.True(rows[i - 1].Material > rows[i].Material || (rows[i - 1].Material == rows[i].Material && rows[i - 1].Diplomacy >= rows[i].Diplomacy),
                $"{rows[i - 1]} is above {rows[i]}");
        // Each chance includes the ones above it on the ladder.
        Assert.All(rows, r => Assert.True(r.Words >= r.Diplomacy && r.Diplomacy >= r.Material && r.Material >= r.Fighting, r.ToString()));

        using var json = JsonDocument.Parse(_seeded.Run([.. args, "--json"]).Stdout);
        var verdicts = json.RootElement.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal(verdicts.Select(v => v.GetProperty("actor").GetString()), rows.Select(r => r.Name.Replace(" (bloc)", "").Replace(" (organisation)", "")));
        var russia = verdicts.Single(v => v.GetProperty("actor_id").GetString() == "RUS");
        var printed = rows.Single(r => r.Name == "Russia");
        Assert.Equal(Math.Round(russia.GetProperty("p_at_least_3").GetDouble() * 100, MidpointRounding.AwayFromZero), printed.Material);
        Assert.Equal(Math.Round(russia.GetProperty("p_at_least_2").GetDouble() * 100, MidpointRounding.AwayFromZero), printed.Diplomacy);
    }

    [Fact]
    public void Ingesting_the_seeds_again_adds_nothing()
    {
        var run = _seeded.Run("ingest", SharedCorpus.SeedDir, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.True(json.RootElement.GetProperty("already_stored").GetInt32() >= 2);
    }

    [Fact]
    public void Brief_written_to_a_file_is_html_when_asked()
    {
        using var dir = new TempDir();
        var output = dir.File("brief.html");
        var run = _seeded.Run("brief", "--format", "html", "--out", output);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("<html", File.ReadAllText(output), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Scenario_json_with_a_limit_keeps_the_top_verdicts_in_order_and_reports_the_omitted_count()
    {
        string[] question = ["scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States", "--json"];
        var full = _seeded.Run(question);
        var limited = _seeded.Run([.. question, "--limit", "3"]);
        Assert.True(full.ExitCode == 0 && limited.ExitCode == 0, full.Stderr + limited.Stderr);
        using var all = JsonDocument.Parse(full.Stdout);
        using var top = JsonDocument.Parse(limited.Stdout);
        var verdicts = all.RootElement.GetProperty("verdicts").EnumerateArray().Select(v => v.GetRawText()).ToList();
        Assert.True(verdicts.Count > 3, "the seed scenario needs more than three verdicts for the limit to leave some out");
        Assert.Equal(verdicts.Take(3), top.RootElement.GetProperty("verdicts").EnumerateArray().Select(v => v.GetRawText()));
        Assert.Equal(3, top.RootElement.GetProperty("limit").GetInt32());
        Assert.Equal(verdicts.Count, top.RootElement.GetProperty("total_verdicts").GetInt32());
        Assert.Equal(verdicts.Count - 3, top.RootElement.GetProperty("omitted").GetInt32());
        Assert.False(all.RootElement.TryGetProperty("omitted", out _), "without --limit the contract is unchanged");
    }

    [Fact]
    public void Scenario_table_with_a_limit_lists_only_the_top_rows_and_says_how_many_were_left_out()
    {
        var run = _seeded.Run("scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States", "--limit", "2");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"\d+ more of \d+ actors, less likely to help, left out \(--limit 2\)", run.Stdout);
        var full = _seeded.Run("scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States");
        Assert.DoesNotContain("left out", full.Stdout, StringComparison.Ordinal);
        Assert.True(run.Stdout.Split('\n').Length < full.Stdout.Split('\n').Length, "the limited table has fewer rows");
    }

    [Fact]
    public void Brief_with_a_limit_says_how_many_actors_were_left_out()
    {
        var run = _seeded.Run("brief", "--limit", "1");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("most likely to help of", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("are left out (limit 1)", run.Stdout, StringComparison.Ordinal);
    }
}
