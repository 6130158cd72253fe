using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason.Dossiers;
using Casus.Reason.Factors;

namespace Casus.Reason;

/// <summary>One actor's distribution with every factor, with none (the prior the weights give an actor merely
/// tied to the parties) and with each factor left out in turn: the same rules and the same combination as
/// <see cref="Evaluate(KnowledgeBase, Scenario)"/>, so the full distribution is the verdict's.</summary>
public sealed record FactorCounterfactuals(IReadOnlyList<double> Full, IReadOnlyList<double> Prior, IReadOnlyList<Factor> Factors, IReadOnlyList<IReadOnlyList<double>> WithoutEach);

public sealed partial class ScenarioEngine
{
    /// <summary>What the actor's distribution would be without each of its factors (pure, like the engine).</summary>
    public FactorCounterfactuals WithoutEachFactor(KnowledgeBase knowledge, Scenario scenario, ActorId actor)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(scenario);
        var view = new ScenarioView(knowledge, scenario);
        var outcomes = new List<FactorOutcome>(12);
        Assess(new FactorContext(new DossierBuilder(view, _inheritance).Build(actor), view, _modality), outcomes);
        var factors = outcomes.Select(o => o.Factor).ToList(); // while the dossier is current
        var full = Combine(outcomes).Probabilities;
        var prior = Combine([]).Probabilities;
        var without = new List<IReadOnlyList<double>>(outcomes.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var rest = new List<FactorOutcome>(outcomes);
            rest.RemoveAt(i);
            without.Add(Combine(rest).Probabilities);
        }
        return new FactorCounterfactuals(full, prior, factors, without);
    }
}
