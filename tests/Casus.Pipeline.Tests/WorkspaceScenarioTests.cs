using System.Globalization;
using Casus.Core.Scenarios;
using Casus.Testing;

namespace Casus.Pipeline.Tests;

/// <summary>
/// A scenario read through the store (the parties' neighbourhood only) must answer exactly as the
/// scenario over the whole knowledge: every number, explanation and cited sentence.
/// </summary>
public sealed class WorkspaceScenarioTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false, "Iran", "Israel", "United States", null)]
    [InlineData(false, "Iran", "Israel", "United States", "2025-06-21")]
    [InlineData(true, "Iran", "Israel", "United States", null)]
    [InlineData(true, "Israel", "Iran", "Hezbollah", "2025-06-21")]
    public void Scenario_through_the_store_matches_the_scenario_on_the_whole_knowledge(bool starter, string target, string attacker, string joiner, string? asOf)
    {
        var db = _dir.File("scoped.db");
        using (var ingest = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: starter)))
            Assert.Equal(0, ingest.Ingest([SharedCorpus.SeedDir]).Failed);

        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: starter));
        var scenario = new Scenario(workspace.ResolveActor(target).Id, [workspace.ResolveActor(attacker).Id], [workspace.ResolveActor(joiner).Id],
            asOf is null ? null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture));
        var slice = workspace.ScenarioKnowledge(scenario);
        var scoped = workspace.RunScenario(scenario);   // nothing loaded yet: reads the slice

        var whole = workspace.Knowledge(scenario.AsOf); // now everything is in memory
        var full = workspace.RunScenario(scenario);

        Assert.True(slice.Claims.Count <= whole.Claims.Count);
        Assert.NotEmpty(full.Verdicts);
        Assert.Equal(ScenarioText.Describe(full), ScenarioText.Describe(scoped));
    }
}
