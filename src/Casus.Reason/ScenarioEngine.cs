using System.Buffers;
using Casus.Core;
using Casus.Core.Actors;
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
public sealed partial class ScenarioEngine : IScenarioEngine
{
    private readonly IReadOnlyList<IFactorRule> _rules;
    private readonly ContactRule _contact;
    private readonly OrdinalLadder _ladder;
    private readonly ModalityWeights _modality;
    private readonly double _inheritance;

    /// <summary>Fewest candidates worth a core of their own: below this, starting a task costs more than it saves.</summary>
    private const int ChunkFloor = 1024;

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

    public ScenarioResult Evaluate(KnowledgeBase knowledge, Scenario scenario) =>
        Evaluate(knowledge, scenario, Environment.ProcessorCount);

    /// <param name="maxChunks">At most this many chunks of candidates judged at once (tests vary it: the
    /// result must not depend on it).</param>
    internal ScenarioResult Evaluate(KnowledgeBase knowledge, Scenario scenario, int maxChunks)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.OtherSide.Contains(scenario.Target))
            throw new InputException($"scenario: {knowledge.NameOf(scenario.Target)} cannot be both the target and on the attacking side.");

        var view = new ScenarioView(knowledge, scenario);
        var candidates = CandidateSelector.Select(view, out var ordinals);
        var judged = new Verdict[candidates.Length];
        // Pooled: at 10,000 verdicts the keys are over the large-object threshold, and a fresh large array per
        // scenario is fresh memory the kernel must zero.
        var keys = ArrayPool<VerdictOrder>.Shared.Rent(candidates.Length);
        // Candidates are judged independently, so a large scenario is split into contiguous chunks judged
        // on several cores, each making its own verdicts; the sort below puts them in one order whatever the split.
        var chunks = Math.Clamp(candidates.Length / ChunkFloor, 1, Math.Max(1, maxChunks));
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            var (from, to) = (candidates.Length * chunk / chunks, candidates.Length * (chunk + 1) / chunks);
            var dossiers = new DossierBuilder(view, _inheritance, numbersOnly: true);
            var scratch = new Tally("", 0, 0, explains: false);
            var outcomes = new List<FactorOutcome>(12);
            var names = new List<string>(12);
            for (var i = from; i < to; i++)
            {
                Assess(new FactorContext(dossiers.Build(candidates[i], ordinals[i]), view, _modality, scratch), outcomes, names);
                // The numbers the verdict used (effects, scopes, caps), kept for the check when the verdict's factors are
                // explained and for the fitted verdict model (FactorTerm), which reweighs them without explaining.
                var terms = new FactorTerm[outcomes.Count];
                for (var k = 0; k < terms.Length; k++)
                    terms[k] = new FactorTerm(names[k], outcomes[k].Effect, outcomes[k].Scope, outcomes[k].Cap, outcomes[k].CapRelabels);
                var (probabilities, level, cap) = Combine(outcomes);
                judged[i] = new Verdict(candidates[i], view.Ordinals.Name(ordinals[i]), probabilities, level,
                    new LazyFactorList(terms, this, view, candidates[i], view.Ordinals.NameRank(ordinals[i])), cap);
                var (material, diplomacy) = Headline.SortKey(probabilities);
                keys[i] = new VerdictOrder(material, diplomacy, view.Ordinals.NameRank(ordinals[i]));
            }
        });
        Array.Sort(keys, judged, 0, judged.Length);
        ArrayPool<VerdictOrder>.Shared.Return(keys);
        return new ScenarioResult(scenario, judged);
    }

    /// <summary>One actor's factors with their explanations: the same rules on a freshly built dossier
    /// (the view is safe to read from several threads: a cached result may be read by several requests).</summary>
    internal Factor[] Explain(ScenarioView view, ActorId actor)
    {
        var outcomes = new List<FactorOutcome>(12);
        Assess(new FactorContext(new DossierBuilder(view, _inheritance).Build(actor), view, _modality), outcomes);
        var factors = new Factor[outcomes.Count];
        for (var i = 0; i < factors.Length; i++) factors[i] = outcomes[i].Factor; // while the dossier is current
        return factors;
    }

    /// <summary>Every rule's outcome for one actor, in rule order; the contact fallback when none cites.</summary>
    private void Assess(FactorContext context, List<FactorOutcome> outcomes, List<string>? names = null)
    {
        outcomes.Clear();
        names?.Clear();
        var cites = false;
        foreach (var rule in _rules)
            if (rule.Assess(context) is { } outcome)
            {
                outcomes.Add(outcome);
                names?.Add(rule.Name);
                cites |= outcome.Cites;
            }
        if (!cites)
        {
            outcomes.Add(_contact.Assess(context));
            names?.Add(_contact.Name);
        }
    }

    /// <summary>The numbers a verdict of this engine was computed from (one per factor, in order, without
    /// explaining it), or null for a verdict made elsewhere.</summary>
    public static IReadOnlyList<FactorTerm>? TermsOf(Verdict verdict) => verdict.Factors is LazyFactorList list ? list.Terms : null;

    /// <summary>A verdict's rank by name then id among one result's verdicts (an integer stand-in for comparing names
    /// when re-sorting a whole network), or null for a verdict made elsewhere.</summary>
    public static int? NameRankOf(Verdict verdict) => verdict.Factors is LazyFactorList list ? list.NameRank : null;

    /// <summary>The ladder's fixed shape (cap leak, η bound, force/voice share, uniform floor) with other thresholds:
    /// what a fitted verdict model reweighs the factors on.</summary>
    public OrdinalLadder Ladder => _ladder;

    /// <summary>The distribution the outcomes give, its most likely level and any cap.</summary>
    private (double[] Probabilities, LadderLevel Level, LadderLevel? Cap) Combine(List<FactorOutcome> outcomes)
    {
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
        return (probabilities, (LadderLevel)level, cap is { } top ? (LadderLevel)top : null);
    }

    /// <summary>Reading order (<see cref="Headline.ReadingOrder"/>): P(material+) then P(diplomacy) descending, in
    /// whole percent as printed, then name, then id (ordinal): the name rank orders by both.</summary>
    private readonly record struct VerdictOrder(int Material, int Diplomacy, int NameRank) : IComparable<VerdictOrder>
    {
        public int CompareTo(VerdictOrder other) =>
            other.Material.CompareTo(Material) is var m && m != 0 ? m
            : other.Diplomacy.CompareTo(Diplomacy) is var d && d != 0 ? d
            : NameRank.CompareTo(other.NameRank);
    }
}
