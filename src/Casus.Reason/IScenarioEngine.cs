using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason;

/// <summary>Pure and deterministic: the same knowledge and scenario give the same numbers.</summary>
public interface IScenarioEngine
{
    ScenarioResult Evaluate(KnowledgeBase knowledge, Scenario scenario);
}
