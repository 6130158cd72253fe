using Casus.Core.Scenarios;
using Casus.Testing;

namespace Casus.Pipeline.Tests;

/// <summary>
/// "What would change this verdict?" answers for every verdict the scenario shows, including those that come
/// from history's outside view alone, and always about the distribution the reader sees.
/// </summary>
public sealed class WorkspaceQuestionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_verdict_can_be_questioned_and_a_history_only_verdict_rests_wholly_on_its_prior()
    {
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(_dir.File("q.db"), LoadStarter: true));
        var scenario = new Scenario(workspace.ResolveActor("Iran").Id, [workspace.ResolveActor("Israel").Id], [workspace.ResolveActor("United States").Id], null);
        var result = workspace.RunScenario(scenario);
        var historyOnly = result.Verdicts.Where(v => v.Factors.All(f => f.Name == "outside_view")).ToList();
        var fromNews = result.Verdicts.Where(v => v.Factors.Any(f => f.Name != "outside_view" && f.Evidence.Count > 0)).ToList();
        Assert.NotEmpty(historyOnly);
        Assert.NotEmpty(fromNews);

        foreach (var verdict in historyOnly.Take(3))
        {
            var question = workspace.Question(scenario, verdict.Actor);
            Assert.Equal(verdict.Probabilities, question.Probabilities);
            Assert.Equal(0, question.EvidenceShare);
            Assert.Empty(question.Claims);
        }
        foreach (var verdict in fromNews.Take(3))
        {
            var question = workspace.Question(scenario, verdict.Actor);
            Assert.Equal(verdict.Probabilities.Select(p => Math.Round(p, 9)), question.Probabilities.Select(p => Math.Round(p, 9)));
            Assert.True(question.EvidenceShare > 0, $"{verdict.ActorName}: the news moved nothing");
            Assert.NotEmpty(question.Claims);
        }
    }
}
