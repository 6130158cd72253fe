using System.Globalization;
using System.Text;
using System.Text.Json;
using Casus.Cli.Rendering;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Pipeline;
using Casus.Present.Json;
using Spectre.Console;

namespace Casus.Cli.Tests.Commands;

/// <summary>
/// <c>casus ties</c> reads only the actor's part of the database; what it prints (the JSON and the
/// tree) must be exactly what the whole knowledge gives.
/// </summary>
public sealed class TiesCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    public static TheoryData<string, string?> Asked => new()
    {
        { "Iran", null },
        { "Iran", "2024-06-01" },
        { "Russia", "2025-06-21" },
        { "Hezbollah", "2025-06-21" },
        { "Pakistan", "2025-06-17" },
        { "Axis of Resistance", null },
    };

    [Theory]
    [MemberData(nameof(Asked))]
    public void Ties_json_equals_the_json_of_the_whole_knowledge(string name, string? asOf)
    {
        var run = seeded.RunUnchanged(asOf is null ? ["ties", name, "--json"] : ["ties", name, "--as-of", asOf, "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);

        using var workspace = Open();
        var (actor, date) = (workspace.ResolveActor(name), Date(asOf));
        using var expected = new MemoryStream();
        TiesJson.Write(workspace.Knowledge(date), actor.Id, date, expected);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()) + "\n", run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Asked))]
    public void Ties_tree_from_the_actors_slice_equals_the_tree_of_the_whole_knowledge(string name, string? asOf)
    {
        using var scopedSide = Open();
        var (actor, date) = (scopedSide.ResolveActor(name), Date(asOf));
        var scoped = Tree(scopedSide.TiesKnowledge(actor.Id, date, withNeighbourhood: false), actor, date);

        using var fullSide = Open();
        var full = Tree(fullSide.Knowledge(date), actor, date);
        Assert.Contains(actor.Name, full, StringComparison.Ordinal);
        Assert.Equal(full, scoped);
    }

    [Theory]
    [InlineData("Iran", null)]
    [InlineData("Iran", "2024-06-01")]
    [InlineData("Russia", "2025-06-21")]
    public void Ties_json_with_a_limit_equals_the_limited_json_of_the_whole_knowledge(string name, string? asOf)
    {
        string[] ask = asOf is null ? ["ties", name, "--json", "--limit", "3"] : ["ties", name, "--as-of", asOf, "--json", "--limit", "3"];
        var run = seeded.RunUnchanged(ask);
        Assert.True(run.ExitCode == 0, run.Stderr);

        using var workspace = Open();
        var (actor, date) = (workspace.ResolveActor(name), Date(asOf));
        using var expected = new MemoryStream();
        TiesJson.Write(workspace.Knowledge(date), actor.Id, date, expected, limit: 3);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()) + "\n", run.Stdout);
        using var answer = JsonDocument.Parse(run.Stdout);
        Assert.True(answer.RootElement.GetProperty("network").GetProperty("nodes").GetArrayLength() <= 4, "the actor and its three kept partners");
    }

    [Fact]
    public void Ties_json_with_a_limit_keeps_the_partners_with_most_claims_and_says_how_many_were_left_out()
    {
        var run = seeded.RunUnchanged("ties", "Iran", "--json", "--limit", "2");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var answer = JsonDocument.Parse(run.Stdout);
        var root = answer.RootElement;
        Assert.True(root.GetProperty("omitted_partners").GetInt32() > 0, "Iran has more than two partners in the seeds");

        using var workspace = Open();
        var iran = workspace.ResolveActor("Iran").Id;
        var strength = workspace.Knowledge().TiesOf(iran)
            .GroupBy(t => (t.Source == iran ? t.Target : t.Source).Value)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Claims.Count));
        var kept = root.GetProperty("network").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("id").GetString()!).Where(id => id != iran.Value).ToList();
        Assert.Equal(2, kept.Count);
        Assert.True(kept.Min(k => strength[k]) >= strength.Where(s => !kept.Contains(s.Key)).Max(s => s.Value), "no left-out partner has more claims than a kept one");
        Assert.Equal(strength.Count, root.GetProperty("total_partners").GetInt32());
        Assert.Equal(strength.Count - 2, root.GetProperty("omitted_partners").GetInt32());
        Assert.All(root.GetProperty("ties").EnumerateArray(), t =>
            Assert.Contains(t.GetProperty("source").GetString() == iran.Value ? t.GetProperty("target").GetString() : t.GetProperty("source").GetString(), kept));
    }

    [Fact]
    public void Ties_tree_with_a_limit_lists_only_the_kept_partners_and_closes_with_what_was_left_out()
    {
        using var workspace = Open();
        var iran = workspace.ResolveActor("Iran");
        var knowledge = workspace.Knowledge();
        var all = Tree(knowledge, iran, null);
        var two = Tree(knowledge, iran, null, limit: 2);
        var partners = knowledge.TiesOf(iran.Id).Select(t => t.Source == iran.Id ? t.Target : t.Source).Distinct().Count();
        Assert.Matches($@"{partners - 2} more of {partners} partners \(\d+ of \d+ ties\), with fewer claims, left out \(--limit 2\)\.", two);
        Assert.True(two.Split('\n').Length < all.Split('\n').Length, "the limited tree is shorter");

        var run = seeded.RunUnchanged("ties", "Iran", "--limit", "2");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"{partners - 2} more of {partners} partners", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Iran", null)]
    [InlineData("Hezbollah", "2025-06-21")]
    public void Ties_tree_without_a_limit_is_unchanged_and_a_limit_above_the_partner_count_leaves_nothing_out(string name, string? asOf)
    {
        using var workspace = Open();
        var (actor, date) = (workspace.ResolveActor(name), Date(asOf));
        var knowledge = workspace.Knowledge(date);
        var unlimited = Tree(knowledge, actor, date);
        Assert.Equal(unlimited, Tree(knowledge, actor, date, limit: 10_000));
        Assert.DoesNotContain("left out", unlimited, StringComparison.Ordinal);
    }

    private CasusWorkspace Open() => CasusWorkspace.Open(new WorkspaceOptions(seeded.Path, LoadStarter: false));

    private static DateOnly? Date(string? asOf) => asOf is null ? null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture);

    private static string Tree(KnowledgeBase knowledge, Actor actor, DateOnly? date, int? limit = null)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 200;
        TiesView.Render(knowledge, actor, date, console, limit);
        return text.ToString();
    }
}
