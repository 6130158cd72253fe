using Casus.Bench.Scale;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.History;
using Casus.Pipeline.Data;
using Casus.Pipeline.History;
using Casus.Reason;

namespace Casus.Bench.Scenarios;

/// <summary>
/// `scenario outside [ACTORS CLAIMS]`: the cost of joining history's outside view to the text engine, in one run:
/// the hub network's worst-case scenario through the text engine alone and through the decorated engine with the fitted verdict model (ratio),
/// and the outside view of every state for the README scenario (Iran, 2025) on the shipped structural data.
/// </summary>
internal static class OutsideViewBench
{
    public static int Run(int actors, int claims, ScenarioEngine engine)
    {
        var history = new HistoryKnowledge(ShippedData.Embedded());
        var view = history.View() ?? throw new InvalidOperationException("no data/reasoning/structural.tsv in this build");
        var decorated = new OutsideViewEngine(engine, view, history.Verdicts(engine)); // as shipped: through the fitted verdict model
        var kb = HubNetwork.Build(actors, claims);
        var scenario = HubNetwork.Scenario;
        for (var i = 0; i < 10; i++) { engine.Evaluate(kb, scenario); decorated.Evaluate(kb, scenario); }
        var text = Measure.BestCpuSeconds(5, () => { for (var i = 0; i < 10; i++) engine.Evaluate(kb, scenario); }) / 10;
        var joined = Measure.BestCpuSeconds(5, () => { for (var i = 0; i < 10; i++) decorated.Evaluate(kb, scenario); }) / 10;
        Console.WriteLine($"hub network {kb.Actors.Count:N0} actors, {kb.Claims.Count:N0} claims: text engine {text * 1000:0.0} ms CPU, with the outside view {joined * 1000:0.0} ms CPU (x{joined / text:0.00})");
        var iran = new Scenario(new ActorId("IRN"), [new ActorId("ISR")], [new ActorId("USA")], new DateOnly(2025, 6, 21));
        var empty = new KnowledgeBase([], [], []);
        var result = decorated.Evaluate(empty, iran);
        var judge = Measure.BestCpuSeconds(5, () => { for (var i = 0; i < 100; i++) view.Judge("IRN", ["ISR", "USA"], iran.AsOf!.Value); }) / 100;
        Console.WriteLine($"outside view of Iran 2025: {view.Judge("IRN", ["ISR", "USA"], iran.AsOf!.Value).Count} tied states, {result.Verdicts.Count} relevant verdicts, {judge * 1000:0.00} ms CPU; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }
}
