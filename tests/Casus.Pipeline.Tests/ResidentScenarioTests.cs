using System.Globalization;
using Casus.Core.Actors;
using Casus.Core.Scenarios;
using Casus.Pipeline.Tests.Reading;
using Casus.Testing;

namespace Casus.Pipeline.Tests;

/// <summary>
/// A server keeps the whole knowledge in memory and runs every scenario on it directly, leaving the
/// as-of date to the engine, instead of copying the claims that hold on the date first. The answer
/// must be the one on that copy — every verdict, probability, factor, explanation and cited sentence —
/// and the one read through the store's indexes.
/// </summary>
public sealed class ResidentScenarioTests(SeedDatabases seeds) : IClassFixture<SeedDatabases>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(true, "Iran", "Israel", "United States", null)]
    [InlineData(true, "Iran", "Israel", "United States", "2025-06-21")]
    [InlineData(true, "Iran", "Israel", "United States", "2024-06-01")]
    [InlineData(true, "Israel", "Iran", "Hezbollah", "2025-06-21")]
    [InlineData(false, "Iran", "Israel", "United States", "2025-06-21")]
    [InlineData(false, "Iran", "Israel", "United States", "2025-01-01")]
    [InlineData(false, "Israel", "Iran", "Russia", "2025-06-17")]
    public void Seed_scenario_on_the_resident_knowledge_matches_the_scenario_on_a_copy_as_of_its_date(
        bool starter, string target, string attacker, string joiner, string? asOf)
    {
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(seeds.Path(starter), LoadStarter: starter));
        var scenario = new Scenario(workspace.ResolveActor(target).Id, [workspace.ResolveActor(attacker).Id], [workspace.ResolveActor(joiner).Id],
            asOf is null ? null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture));
        var scoped = workspace.RunScenario(scenario); // nothing resident yet: the indexed slice

        var whole = workspace.Knowledge();
        var resident = workspace.RunScenario(scenario);
        var copied = workspace.RunScenario(scenario, whole.AsOf(scenario.AsOf)); // what the server did before

        Assert.NotEmpty(copied.Verdicts);
        Assert.Equal(ScenarioText.Describe(copied), ScenarioText.Describe(resident));
        Assert.Equal(ScenarioText.Describe(copied), ScenarioText.Describe(scoped));
    }

    [Fact]
    public void Dated_network_scenarios_on_the_resident_knowledge_match_copies_as_of_every_date_around_the_claims_edges()
    {
        var db = _dir.File("dated.db");
        using (var build = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false))) DatedNetwork.WriteTo(build.Store);
        using var scopedSide = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        var whole = workspace.Knowledge();

        var parties = new (ActorId Target, ActorId[] Attackers, ActorId[] Joiners)[]
        {
            (DatedNetwork.State(0), [DatedNetwork.State(1)], [DatedNetwork.State(2)]),
            (DatedNetwork.State(3), [DatedNetwork.State(4)], []),
            (new("front"), [DatedNetwork.State(5)], [new("bloc-north")]),
            (DatedNetwork.State(6), [new("militia")], [DatedNetwork.State(7)]),
        };
        var answersPerParties = new List<HashSet<string>>();
        foreach (var (target, attackers, joiners) in parties)
        {
            var answers = new HashSet<string>();
            foreach (var asOf in DatedNetwork.AsOfDates)
            {
                var scenario = new Scenario(target, attackers, joiners, asOf);
                var copied = ScenarioText.Describe(workspace.RunScenario(scenario, whole.AsOf(asOf)));
                var resident = ScenarioText.Describe(workspace.RunScenario(scenario));
                var scoped = ScenarioText.Describe(scopedSide.RunScenario(scenario));
                Assert.True(copied == resident, $"resident differs for {target} as of {asOf}");
                Assert.True(copied == scoped, $"indexed slice differs for {target} as of {asOf}");
                answers.Add(copied);
            }
            answersPerParties.Add(answers);
        }
        // The dates matter in this network: otherwise the comparison above would prove nothing about them.
        Assert.All(answersPerParties, answers => Assert.True(answers.Count >= 3, $"only {answers.Count} distinct answers over the dates"));
    }
}
