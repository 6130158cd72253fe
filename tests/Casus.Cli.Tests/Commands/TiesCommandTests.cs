using System.Globalization;
using System.Text;
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

    private CasusWorkspace Open() => CasusWorkspace.Open(new WorkspaceOptions(seeded.Path, LoadStarter: false));

    private static DateOnly? Date(string? asOf) => asOf is null ? null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture);

    private static string Tree(KnowledgeBase knowledge, Actor actor, DateOnly? date)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 200;
        TiesView.Render(knowledge, actor, date, console);
        return text.ToString();
    }
}
