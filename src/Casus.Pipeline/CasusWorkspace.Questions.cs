using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason;
using Casus.Reason.Questions;

namespace Casus.Pipeline;

public sealed partial class CasusWorkspace
{
    /// <summary>The people the lexicon knows to speak for an actor (leaders, spokespeople), as <see cref="ResolveActor"/> resolves them.</summary>
    public IReadOnlyList<Spokesperson> PeopleOf(ActorId actor) =>
        Lexicon.People.Where(p => p.SpeaksFor == actor).OrderBy(p => p.From ?? DateOnly.MinValue).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>Which factors and cited sentences move one actor's verdict most (<see cref="VerdictQuestion"/>), on
    /// <paramref name="knowledge"/> (a known-by view) or on the knowledge as of the scenario's date.</summary>
    public VerdictQuestion Question(Scenario scenario, ActorId actor, KnowledgeBase? knowledge = null, int maxClaims = 12) =>
        (_layers.Engine is global::Casus.History.OutsideViewEngine outside ? outside.Text : _layers.Engine) is ScenarioEngine engine
            ? VerdictQuestion.Ask(engine, knowledge ?? Knowledge(scenario.AsOf), scenario, actor, maxClaims)
            : throw new InputException("this engine cannot be questioned");
}
