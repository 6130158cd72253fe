using Casus.Bench.Scale;
using Casus.Reason;
using Casus.Reason.Dossiers;
using Casus.Reason.Factors;
using Casus.Reason.Model;
using Casus.Reason.Selection;
using Casus.Reason.Weights;

namespace Casus.Bench.Scenarios;

internal static class PhaseProbe
{
    public static void Run()
    {
        var kb = HubNetwork.Build(10_000, 1_000_000);
        var text = File.ReadAllText(BenchPaths.Data("reasoning", "weights.tsv"));
        var engine = ScenarioEngine.FromWeights(text);
        engine.Evaluate(kb, HubNetwork.Scenario);
        var table = WeightTable.Parse(text);
        var modality = new ModalityWeights(table);
        var ladder = new OrdinalLadder(table);
        IFactorRule[] rules = [new CommitmentRule(table, ladder), new InterestsRule(table), new PatronageRule(table),
            new CapabilityRule(table), new CrossPressureRule(table), new StatedIntentRule(table),
            new RhetoricRule(table), new DiplomacyRule(table), new PrecedentRule(table), new DistractionRule(table)];
        for (var rep = 0; rep < 3; rep++)
        {
            ScenarioView? view = null;
            Console.WriteLine($"view {Measure.BestCpuSeconds(3, () => view = new ScenarioView(kb, HubNetwork.Scenario)) * 1000:0.0} ms");
            IReadOnlyList<Casus.Core.Actors.ActorId>? cands = null;
            Console.WriteLine($"select {Measure.BestCpuSeconds(3, () => cands = CandidateSelector.Select(view!)) * 1000:0.0} ms");
            var builder = new DossierBuilder(view!, 0.6);
            List<ActorDossier> dossiers = [];
            Console.WriteLine($"dossiers {Measure.BestCpuSeconds(3, () => dossiers = cands!.Select(builder.Build).ToList()) * 1000:0.0} ms, claims {dossiers.Sum(d => d.Claims.Count)}");
            foreach (var rule in rules)
                Console.WriteLine($"  {rule.Name} {Measure.BestCpuSeconds(3, () => { foreach (var d in dossiers) rule.Assess(new FactorContext(d, view!, modality)); }) * 1000:0.0} ms");
        }
    }
}
