using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Pipeline.Backtest;
using Casus.Present;

namespace Casus.Pipeline;

public sealed partial class CasusWorkspace
{
    /// <summary>
    /// "What could we have known then": the scenario judged only on claims whose articles were
    /// published by <paramref name="knownBy"/> (<see cref="KnownBy"/>, as the backtest does). The
    /// knowledge narrowed is what <see cref="RunScenario(Scenario)"/> would read, as of the scenario's
    /// date: the resident knowledge when loaded (a server), else the scenario's slice
    /// (<see cref="ScenarioKnowledge"/>), so the withheld count is of claims in that knowledge.
    /// </summary>
    public KnownByRun RunScenario(Scenario scenario, DateOnly knownBy)
    {
        var asOf = _resident is { } resident ? resident.AsOf(scenario.AsOf) : ScenarioKnowledge(scenario);
        var known = KnownBy.Filter(asOf, knownBy, out var withheld);
        return new KnownByRun(_layers.Engine.Evaluate(known, scenario), known, new KnownByNote(knownBy, withheld.Count), withheld);
    }
}

/// <summary>A scenario judged on the knowledge published by a date: the result, the knowledge it read
/// (for briefs: names, network, sources), the note outputs print, and one line per claim withheld.</summary>
public sealed record KnownByRun(ScenarioResult Result, KnowledgeBase Knowledge, KnownByNote Note, IReadOnlyList<string> Withheld);
