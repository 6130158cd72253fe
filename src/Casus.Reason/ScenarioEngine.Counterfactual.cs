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
    /// <param name="combine">How factor terms become a distribution: null for this engine's own ladder; a fitted verdict
    /// model otherwise (called with null for the prior: nothing from the news).</param>
    public FactorCounterfactuals WithoutEachFactor(KnowledgeBase knowledge, Scenario scenario, ActorId actor,
        Func<IReadOnlyList<Model.FactorTerm>?, IReadOnlyList<double>>? combine = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(scenario);
        var view = new ScenarioView(knowledge, scenario);
        var outcomes = new List<FactorOutcome>(12);
        var names = new List<string>(12);
        Assess(new FactorContext(new DossierBuilder(view, _inheritance).Build(actor), view, _modality), outcomes, names);
        var factors = outcomes.Select(o => o.Factor).ToList(); // while the dossier is current
        var terms = outcomes.Select((o, i) => new Model.FactorTerm(names[i], o.Effect, o.Scope, o.Cap, o.CapRelabels)).ToList();
        IReadOnlyList<double> Of(List<FactorOutcome> kept, List<Model.FactorTerm> keptTerms) =>
            combine is null ? Combine(kept).Probabilities : combine(keptTerms);
        var full = Of(outcomes, terms);
        var prior = combine is null ? Combine([]).Probabilities : combine(null);
        var without = new List<IReadOnlyList<double>>(outcomes.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var rest = new List<FactorOutcome>(outcomes);
            rest.RemoveAt(i);
            var restTerms = new List<Model.FactorTerm>(terms);
            restTerms.RemoveAt(i);
            without.Add(Of(rest, restTerms));
        }
        return new FactorCounterfactuals(full, prior, factors, without);
    }
}
