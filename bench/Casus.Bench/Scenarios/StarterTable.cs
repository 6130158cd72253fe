using System.Globalization;
using Casus.Bench.Scale;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Extract.Lexicons;
using Casus.Pipeline.Starter;
using Casus.Reason;

namespace Casus.Bench.Scenarios;

/// <summary>
/// The README's scenario on the shipped starter knowledge base, read straight from the working
/// tree's data/ (no database, no rebuild after editing weights.tsv): one line per actor with the
/// distribution, most likely level, P(≥4) and P(5). A calibration aid, not a benchmark.
/// </summary>
internal static class StarterTable
{
    public static int Run()
    {
        var lexicons = ExtractionLexicons.Parse(
            Directory.GetFiles(BenchPaths.Data("lexicon"), "*.tsv").ToDictionary(f => Path.GetFileName(f), File.ReadAllText), "bench");
        var docs = StarterKnowledge.Parse(File.ReadAllText(BenchPaths.Data("starter", "facts.tsv")), "bench");
        var kb = new KnowledgeBase(lexicons.Actors.Actors, docs.SelectMany(d => d.Ties), docs.SelectMany(d => d.States));
        var engine = ScenarioEngine.FromWeights(File.ReadAllText(BenchPaths.Data("reasoning", "weights.tsv")));
        var result = engine.Evaluate(kb, new Scenario(new ActorId("IRN"), [new ActorId("ISR")], [new ActorId("USA")], new DateOnly(2025, 6, 21)));
        foreach (var v in result.Verdicts)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{v.ActorName,-28} [{string.Join(" ", v.Probabilities.Select(p => p.ToString("0.00", CultureInfo.InvariantCulture)))}] level {(int)v.Level} P(>=4) {v.AtLeast(LadderLevel.IndirectMilitary):0.00} P(5) {v.Probabilities[5]:0.00}  {string.Join(", ", v.Factors.Select(f => $"{f.Name} {f.Effect:+0.00;-0.00}"))}"));
        return 0;
    }
}
