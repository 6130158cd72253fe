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
            new OngoingHelpRule(table),
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
        var candidates = CandidateSelector.Select(view);
        var judged = new (Verdict Verdict, double Expected, int Order)[candidates.Count];
        for (var i = 0; i < judged.Length; i++)
        {
            var verdict = Judge(new FactorContext(dossiers.Build(candidates[i]), view, _modality));
            judged[i] = (verdict, Expected(verdict.Probabilities), i);
        }
        // Expected level descending, then name, then id (ordinal); the sort keys are computed once.
        Array.Sort(judged, static (a, b) =>
        {
            var c = b.Expected.CompareTo(a.Expected);
            if (c == 0) c = string.CompareOrdinal(a.Verdict.ActorName, b.Verdict.ActorName);
            if (c == 0) c = string.CompareOrdinal(a.Verdict.Actor.Value, b.Verdict.Actor.Value);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        var verdicts = new List<Verdict>(judged.Length);
        foreach (var (verdict, _, _) in judged) verdicts.Add(verdict);
        return new ScenarioResult(scenario, verdicts);
    }

    /// <summary>One actor: every rule's number now, its cited explanation when first read.</summary>
    private Verdict Judge(FactorContext context)
    {
        var outcomes = new List<FactorOutcome>(4);
        var cites = false;
        foreach (var rule in _rules)
            if (rule.Assess(context) is { } outcome)
            {
                outcomes.Add(outcome);
                cites |= outcome.Cites;
            }
        if (!cites) outcomes.Add(_contact.Assess(context));

        double ladder = 0, voice = 0, diplomacy = 0, force = 0, material = 0;
        int? capabilityCap = null, roleCap = null;
        foreach (var o in outcomes)
        {
            switch (o.Scope)
            {
                case FactorScope.Ladder: ladder += o.Effect; break;
                case FactorScope.Voice: voice += o.Effect; break;
                case FactorScope.Diplomacy: diplomacy += o.Effect; break;
                case FactorScope.Force: force += o.Effect; break;
                case FactorScope.Material: material += o.Effect; break;
            }
            if (o.Cap is not { } c) continue;
            if (o.CapRelabels) roleCap = roleCap is { } r ? Math.Min(r, c) : c;
            else capabilityCap = capabilityCap is { } k ? Math.Min(k, c) : c;
        }
        var probabilities = _ladder.Distribution(ladder, voice, diplomacy, capabilityCap, roleCap, force, material);
        int? cap = capabilityCap is { } cc && roleCap is { } rc ? Math.Min(cc, rc) : capabilityCap ?? roleCap;
        var level = 0;
        for (var k = 1; k < probabilities.Length; k++)
            if (probabilities[k] > probabilities[level]) level = k;
        return new Verdict(context.Dossier.Actor, context.Dossier.Name, probabilities, (LadderLevel)level,
            new LazyFactorList([.. outcomes]), cap is { } top ? (LadderLevel)top : null);
    }

    /// <summary>Σ level × P(level), summed in level order exactly as <see cref="Verdict.ExpectedLevel"/> does.</summary>
    private static double Expected(IReadOnlyList<double> probabilities)
    {
        var sum = 0.0;
        for (var k = 0; k < probabilities.Count; k++) sum += probabilities[k] * k;
        return sum;
    }
}
