using Casus.Core;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason.Dossiers;
using Casus.Reason.Factors;
using Casus.Reason.Model;
using Casus.Reason.Selection;
using Casus.Reason.Weights;

namespace Casus.Reason;

/// <summary>
/// The scenario engine: for every actor tied to the war's parties, an ordinal cumulative-logit
/// distribution over the response ladder, built from cited factors. Every number comes from the
/// weights file; the engine is pure, does no I/O, and gives the same result for the same input.
/// </summary>
public sealed class ScenarioEngine : IScenarioEngine
{
    private readonly IReadOnlyList<IFactorRule> _rules;
    private readonly ContactRule _contact;
    private readonly OrdinalLadder _ladder;
    private readonly ModalityWeights _modality;
    private readonly double _inheritance;

    private ScenarioEngine(WeightTable table)
    {
        _ladder = new OrdinalLadder(table);
        _modality = new ModalityWeights(table);
        _inheritance = table.Number("inherit.weight");
        _contact = new ContactRule((int)table.Number("evidence.max_per_factor"));
        _rules =
        [
            new CommitmentRule(table, _ladder), new InterestsRule(table), new PatronageRule(table),
            new CapabilityRule(table), new CrossPressureRule(table), new StatedIntentRule(table),
            new RhetoricRule(table), new DiplomacyRule(table), new PrecedentRule(table), new DistractionRule(table),
        ];
        table.RejectUnused();
    }

    /// <summary>Builds the engine from the text of <c>data/reasoning/weights.tsv</c>;
    /// a malformed, incomplete or over-full file is an <see cref="InputException"/>.</summary>
    public static ScenarioEngine FromWeights(string weightsText) => new(WeightTable.Parse(weightsText));

    public ScenarioResult Evaluate(KnowledgeBase knowledge, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.OtherSide.Contains(scenario.Target))
            throw new InputException($"scenario: {knowledge.NameOf(scenario.Target)} cannot be both the target and on the attacking side.");

        var view = new ScenarioView(knowledge, scenario);
        var dossiers = new DossierBuilder(view, _inheritance);
        var verdicts = CandidateSelector.Select(view)
            .Select(actor => Judge(new FactorContext(dossiers.Build(actor), view, _modality)))
            .OrderByDescending(v => v.ExpectedLevel)
            .ThenBy(v => v.ActorName, StringComparer.Ordinal)
            .ThenBy(v => v.Actor.Value, StringComparer.Ordinal)
            .ToList();
        return new ScenarioResult(scenario, verdicts);
    }

    private Verdict Judge(FactorContext context)
    {
        var outcomes = _rules.Select(r => r.Assess(context)).OfType<FactorOutcome>().ToList();
        if (!outcomes.Any(o => o.Factor.Evidence.Count > 0)) outcomes.Add(_contact.Assess(context));

        double Sum(FactorScope scope) => outcomes.Where(o => o.Scope == scope).Sum(o => o.Factor.Effect);
        var cap = outcomes.Select(o => o.Cap).Where(c => c is not null).Min();
        var probabilities = _ladder.Distribution(Sum(FactorScope.Ladder), Sum(FactorScope.Voice), Sum(FactorScope.Diplomacy), cap);
        var level = Array.IndexOf(probabilities, probabilities.Max());
        return new Verdict(context.Dossier.Actor, context.Dossier.Name, probabilities, (LadderLevel)level,
            outcomes.Select(o => o.Factor).ToList(), cap is { } c ? (LadderLevel)c : null);
    }
}
