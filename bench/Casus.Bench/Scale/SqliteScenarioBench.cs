using System.Diagnostics;
using Casus.Bench.Scenarios;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason;
using Casus.Reason.Selection;
using Casus.Store;
using Casus.Store.Sqlite;

namespace Casus.Bench.Scale;

/// <summary>
/// Scenario latency through the embedded store on the synthetic network: what <c>casus scenario</c>
/// pays after the database is open — read the actors, gather the parties' neighbourhood from the
/// indexes (<see cref="ScenarioScope"/>), judge. The database is built once per size under
/// <see cref="BenchPaths.Scratch"/> and reused. With <c>--full</c>, the old path (load everything)
/// is timed too and the two answers are checked to be identical.
/// </summary>
internal static class SqliteScenarioBench
{
    public static void Run(int actors, int ties, int claims, bool full)
    {
        var network = new SyntheticNetwork(actors, ties, claims);
        var path = EnsureBuilt(network);
        Console.WriteLine($"SQLite {path}: {new FileInfo(path).Length / 1e6:0} MB, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        var engine = ScenarioEngine.FromWeights(File.ReadAllText(BenchPaths.Data("reasoning", "weights.tsv")));
        var scenarios = Scenarios(network);

        using var store = new SqliteStore(path);
        foreach (var (label, scenario) in scenarios)
        {
            IReadOnlyCollection<Actor> known = [];
            KnowledgeBase slice = null!;
            ScenarioResult result = null!;
            double actorsMs = 0, gatherMs = 0, judgeMs = 0;
            var (p50, p95) = Measure.Latency(7, () =>
            {
                var clock = Stopwatch.StartNew();
                known = new KnowledgeBase(store.StoredActors(), [], []).Actors;
                actorsMs = clock.Elapsed.TotalMilliseconds;
                slice = ScenarioScope.Gather(scenario, known, store).AsOf(scenario.AsOf);
                gatherMs = clock.Elapsed.TotalMilliseconds - actorsMs;
                result = engine.Evaluate(slice, scenario);
                judgeMs = clock.Elapsed.TotalMilliseconds - actorsMs - gatherMs;
            });
            var cpu = Measure.BestCpuSeconds(3, () => engine.Evaluate(ScenarioScope.Gather(scenario, new KnowledgeBase(store.StoredActors(), [], []).Actors, store).AsOf(scenario.AsOf), scenario));
            Console.WriteLine($"{label}: {result.Verdicts.Count:N0} verdicts from a slice of {slice.Claims.Count:N0} claims");
            Console.WriteLine($"  through SQLite: wall p50 {p50:0.0} ms p95 {p95:0.0} ms (last run: actors {actorsMs:0.0} + gather {gatherMs:0.0} + judge {judgeMs:0.0} ms); best CPU {cpu * 1000:0} ms");
            Console.WriteLine($"  fingerprint {ScenarioBench.Fingerprint(result)}");
        }
        if (!full) return;

        var loadClock = Stopwatch.StartNew();
        var knowledge = store.LoadKnowledge([]);
        Console.WriteLine($"old path, load the whole network: {loadClock.Elapsed.TotalSeconds:0.0} s ({knowledge.Claims.Count:N0} claims)");
        foreach (var (label, scenario) in scenarios)
        {
            ScenarioResult result = null!;
            var (p50, _) = Measure.Latency(3, () => result = engine.Evaluate(knowledge.AsOf(scenario.AsOf), scenario));
            Console.WriteLine($"  {label}: in memory after the load p50 {p50:0.0} ms; fingerprint {ScenarioBench.Fingerprint(result)}");
        }
    }

    /// <summary>The three scenarios timed here and by <see cref="ServedScenarioBench"/>, picked by degree rank.</summary>
    internal static (string Label, Scenario Scenario)[] Scenarios(SyntheticNetwork network)
    {
        var degrees = network.Degrees();
        var byDegree = Enumerable.Range(0, network.Actors).OrderByDescending(i => degrees[i]).ToArray();
        ActorId Rank(int i) => SyntheticNetwork.ActorIdOf(byDegree[i]);
        return
        [
            ("median-degree actor attacked by the top hub", new Scenario(Rank(network.Actors / 2), [Rank(0)], [], null)),
            ("actor of rank 100 attacked by ranks 101 and 102, as of 2025-06-01", new Scenario(Rank(100), [Rank(101)], [Rank(102)], new DateOnly(2025, 6, 1))),
            ("top hub attacked by the next two (worst case), as of 2025-06-01", new Scenario(Rank(0), [Rank(1)], [Rank(2)], new DateOnly(2025, 6, 1))),
        ];
    }

    /// <summary>The network's SQLite file under <see cref="BenchPaths.Scratch"/>, built on first use.</summary>
    internal static string EnsureBuilt(SyntheticNetwork network)
    {
        var path = Path.Combine(BenchPaths.Scratch, $"network-{network.Actors}-{network.Ties}-{network.Claims}.db");
        if (!File.Exists(path + ".done")) Build(network, path, network.Claims);
        return path;
    }

    private static void Build(SyntheticNetwork network, string path, int claims)
    {
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" }) File.Delete(stale);
        var clock = Stopwatch.StartNew();
        using (var store = new SqliteStore(path))
        {
            store.UpsertActors(network.ActorList());
            var batch = new List<DocumentWithClaims>(1000);
            foreach (var doc in network.Documents())
            {
                batch.Add(doc);
                if (batch.Count == batch.Capacity) { store.AddDocuments(batch); batch.Clear(); }
            }
            store.AddDocuments(batch);
        }
        File.WriteAllText(path + ".done", "");
        Console.WriteLine($"built {path}: {claims:N0} claims in {clock.Elapsed.TotalSeconds:0} s");
    }
}
