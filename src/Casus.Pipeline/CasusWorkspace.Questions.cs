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
    /// <paramref name="knowledge"/> (a known-by view) or on the knowledge as of the scenario's date. Under the outside view
    /// a verdict the news gives is questioned in the news-text engine (at the shipped text weight it stands as that engine
    /// gave it); a verdict that comes from history alone rests wholly on its prior: no factor or sentence moves it.</summary>
    public VerdictQuestion Question(Scenario scenario, ActorId actor, KnowledgeBase? knowledge = null, int maxClaims = 12)
    {
        var kb = knowledge ?? Knowledge(scenario.AsOf);
        var engine = _layers.Engine;
        Func<IReadOnlyList<Reason.Model.FactorTerm>?, IReadOnlyList<double>>? combine = null;
        if (engine is global::Casus.History.OutsideViewEngine outside)
        {
            var verdict = outside.Evaluate(kb, scenario).Verdicts.FirstOrDefault(v => v.Actor == actor);
            if (verdict is not null && verdict.Factors.All(f => f.Name == global::Casus.History.OutsideViewEngine.FactorName))
                return new VerdictQuestion(actor, verdict.Probabilities, verdict.Probabilities, 0, [], [], 0);
            // With the fitted verdict model a news verdict is questioned through that model (history's view held fixed).
            if (outside.Model is { } model)
            {
                var eta = outside.Inputs(kb, scenario, [actor])[0].StructuralEta;
                combine = terms => model.Predict(new global::Casus.History.VerdictInputs(terms, eta));
            }
            engine = outside.Text;
        }
        return engine is ScenarioEngine text
            ? VerdictQuestion.Ask(text, kb, scenario, actor, maxClaims, combine)
            : throw new InputException("this engine cannot be questioned");
    }
}
