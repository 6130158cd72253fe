using Casus.Core.Scenarios;
using Casus.Testing;

namespace Casus.Pipeline.Tests;

/// <summary>
/// <see cref="CasusWorkspace.RunScenario(Scenario, DateOnly)"/>: a one-shot command narrows the scenario's
/// slice, a server its resident knowledge; both must give the same verdicts, without the later articles.
/// </summary>
public sealed class WorkspaceKnownByTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Known_by_verdicts_are_the_same_on_the_slice_and_on_resident_knowledge()
    {
        var db = _dir.File("known-by.db");
        using (var ingest = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false)))
            Assert.Equal(0, ingest.Ingest([SharedCorpus.SeedDir]).Failed);

        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        var scenario = new Scenario(workspace.ResolveActor("Iran").Id, [workspace.ResolveActor("Israel").Id],
            [workspace.ResolveActor("United States").Id], new DateOnly(2025, 6, 30));
        var knownBy = new DateOnly(2025, 6, 18); // between the two seed articles (17 and 21 June): one counts, the other is withheld

        var scoped = workspace.RunScenario(scenario, knownBy); // nothing loaded yet: the slice
        workspace.Knowledge();
        var resident = workspace.RunScenario(scenario, knownBy);

        Assert.NotEmpty(scoped.Withheld);
        Assert.NotEmpty(scoped.Result.Verdicts);
        Assert.Equal(ScenarioText.Describe(resident.Result), ScenarioText.Describe(scoped.Result));
        Assert.NotEqual(ScenarioText.Describe(workspace.RunScenario(scenario)), ScenarioText.Describe(resident.Result));
        Assert.All(scoped.Result.Verdicts.SelectMany(v => v.Factors).SelectMany(f => f.Evidence),
            e => Assert.True(e.Date is { } d && d <= knownBy, $"{e.DocumentId} published {e.Date} was cited"));
    }
}
