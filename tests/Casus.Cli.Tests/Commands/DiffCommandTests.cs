using System.Text;
using System.Text.Json;
using Casus.Pipeline;
using Casus.Present.Json;
using Casus.Present.Workbench;

namespace Casus.Cli.Tests.Commands;

/// <summary><c>casus diff</c>: what changed between two dates, the same as the pure diff over the whole knowledge.</summary>
public sealed class DiffCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public void Diff_json_for_an_actor_is_the_diff_of_the_whole_knowledge_and_lists_ties_that_appeared()
    {
        var run = seeded.RunUnchanged("diff", "--from", "2025-06-01", "--to", "2025-06-30", "Putin", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(Db: seeded.Path, LoadStarter: false));
        var russia = workspace.ResolveActor("Russia").Id;
        var kb = workspace.Knowledge();
        var (from, to) = (new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));
        using var expected = new MemoryStream();
        WorkbenchJson.WriteDiff(TieDiff.Between(kb, from, to, russia), kb, from, to, russia, expected, indented: true);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()) + "\n", run.Stdout);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("RUS", json.GetProperty("actor").GetProperty("id").GetString());
        Assert.True(json.GetProperty("counts").GetProperty("appeared").GetInt32() > 0);
    }

    [Fact]
    public void Diff_table_names_each_change_and_counts_them()
    {
        var run = seeded.RunUnchanged("diff", "--from", "2025-06-01", "--to", "2025-06-30");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Changes in the network from 2025-06-01 to 2025-06-30", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ appeared, \d+ ended, \d+ sign changed, \d+ modality changed", run.Stdout);
    }

    [Fact]
    public void Dates_in_the_wrong_order_or_missing_are_usage_errors_on_one_line()
    {
        var backwards = seeded.RunUnchanged("diff", "--from", "2025-07-01", "--to", "2025-06-01");
        Assert.Equal(2, backwards.ExitCode);
        Assert.Contains("is after --to", Assert.Single(backwards.StderrLines), StringComparison.Ordinal);
        var missing = seeded.RunUnchanged("diff", "--from", "2025-07-01");
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.StderrLines);
        var unknown = seeded.RunUnchanged("diff", "--from", "2025-06-01", "--to", "2025-07-01", "Narnia");
        Assert.Equal(1, unknown.ExitCode);
    }
}
