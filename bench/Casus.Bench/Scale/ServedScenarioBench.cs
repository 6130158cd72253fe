using System.Diagnostics;
using Casus.Bench.Scenarios;
using Casus.Core.Actors;
using Casus.Core.Scenarios;
using Casus.Pipeline;
using Casus.Present.Json;

namespace Casus.Bench.Scale;

/// <summary>
/// What a user pays against a big database: <c>casus serve</c> opens the workspace and loads the
/// knowledge once (<c>WorkspaceBackend</c>), then every scenario runs on that resident knowledge;
/// <c>casus ties</c> opens the workspace and reads one actor's slice. Same SQLite file and the same
/// three scenarios as <see cref="SqliteScenarioBench"/>; fingerprints of the resident, the copied
/// as-of (the server's old path) and the indexed-slice answers are printed side by side.
/// </summary>
internal static class ServedScenarioBench
{
    public static void Run(int actors, int ties, int claims)
    {
        var network = new SyntheticNetwork(actors, ties, claims);
        var path = SqliteScenarioBench.EnsureBuilt(network);
        Console.WriteLine($"SQLite {path}: {new FileInfo(path).Length / 1e6:0} MB, load average {Load()}");
        var options = new WorkspaceOptions(path, LoadStarter: false);
        var scenarios = SqliteScenarioBench.Scenarios(network);

        using var server = CasusWorkspace.Open(options);
        var loadCpu = 0.0;
        var loadWall = Stopwatch.StartNew();
        loadCpu = Measure.BestCpuSeconds(1, server.Prepare); // what WorkspaceBackend does at start
        var whole = server.Knowledge();
        using (var self = Process.GetCurrentProcess())
            Console.WriteLine($"load once and index (casus serve start): {loadWall.Elapsed.TotalSeconds:0.0} s wall, {loadCpu:0.0} s CPU; {whole.Claims.Count:N0} claims; " +
                              $"managed heap {GC.GetTotalMemory(true) / 1e6:0} MB, working set {self.WorkingSet64 / 1e6:0} MB");

        foreach (var (label, scenario) in scenarios)
        {
            ScenarioResult result = null!;
            var first = Measure.BestCpuSeconds(1, () => result = server.RunScenario(scenario));
            // Process CPU time ticks in 10 ms steps on Linux: batches of 10, best batch kept (as ScenarioBench).
            var cpu = Measure.BestCpuSeconds(3, () => { for (var i = 0; i < 10; i++) result = server.RunScenario(scenario); }) / 10;
            var (p50, p95) = Measure.Latency(20, () => server.RunScenario(scenario));
            Console.WriteLine($"{label}: {result.Verdicts.Count:N0} verdicts on the resident knowledge");
            Console.WriteLine($"  first {first * 1000:0} ms CPU; best batch {cpu * 1000:0.0} ms CPU per scenario; wall p50 {p50:0.0} ms p95 {p95:0.0} ms; load average {Load()}");

            // For comparison: the engine on the kept dated view (what Knowledge(asOf) hands the web endpoints).
            var view = server.Knowledge(scenario.AsOf);
            server.RunScenario(scenario, view);
            var viewCpu = Measure.BestCpuSeconds(3, () => { for (var i = 0; i < 10; i++) server.RunScenario(scenario, view); }) / 10;
            Console.WriteLine($"  on the kept dated view instead ({view.Claims.Count:N0} claims): best batch {viewCpu * 1000:0.0} ms CPU per scenario");

            var copyClock = Stopwatch.StartNew();
            var copied = server.RunScenario(scenario, whole.AsOf(scenario.AsOf));
            var copyMs = copyClock.Elapsed.TotalMilliseconds;
            ScenarioResult scoped;
            using (var cli = CasusWorkspace.Open(options)) scoped = cli.RunScenario(scenario);
            Console.WriteLine($"  fingerprints: resident {ScenarioBench.Fingerprint(result)}, as-of copy {ScenarioBench.Fingerprint(copied)} " +
                              $"(old server path, {copyMs:0} ms wall once), indexed slice {ScenarioBench.Fingerprint(scoped)}");
        }

        var day = new DateOnly(2025, 6, 1);
        var viewClock = Stopwatch.StartNew();
        server.Knowledge(day.AddDays(1));
        var firstView = viewClock.Elapsed.TotalMilliseconds;
        var (viewP50, _) = Measure.Latency(20, () => server.Knowledge(day.AddDays(1)));
        Console.WriteLine($"dated view for the web endpoints: first {firstView:0} ms (copy), then p50 {viewP50 * 1000:0.0} µs (kept)");

        var degrees = network.Degrees();
        var byDegree = Enumerable.Range(0, actors).OrderByDescending(i => degrees[i]).ToArray();
        foreach (var (who, rank) in new[] { ("top hub", 0), ("median actor", actors / 2) })
            Ties(options, server, SyntheticNetwork.ActorIdOf(byDegree[rank]), who, degrees[byDegree[rank]], day);
    }

    /// <summary><c>casus ties ACTOR --as-of DAY</c> (tree and --json) through the indexed slice, after the workspace is open.</summary>
    private static void Ties(WorkspaceOptions options, CasusWorkspace server, ActorId actor, string who, int degree, DateOnly day)
    {
        var openClock = Stopwatch.StartNew();
        using var cli = CasusWorkspace.Open(options);
        var openMs = openClock.Elapsed.TotalMilliseconds;
        var runs = degree > 1000 ? 3 : 9;
        var (treeP50, treeP95) = Measure.Latency(runs, () => cli.TiesKnowledge(actor, day, withNeighbourhood: false).TiesOf(actor));
        var treeCpu = Measure.BestCpuSeconds(3, () => cli.TiesKnowledge(actor, day, withNeighbourhood: false).TiesOf(actor));
        (long Bytes, string Hash) scoped = default, resident = default;
        // A hub's JSON carries the ties among thousands of partners (gigabytes at the full size): timed once, no warm-up.
        var (jsonP50, jsonP95) = degree > 1000
            ? Once(() => scoped = Json(cli.TiesKnowledge(actor, day), actor, day))
            : Measure.Latency(runs, () => scoped = Json(cli.TiesKnowledge(actor, day), actor, day));
        var (residentP50, _) = degree > 1000
            ? Once(() => resident = Json(server.TiesKnowledge(actor, day), actor, day))
            : Measure.Latency(runs, () => resident = Json(server.TiesKnowledge(actor, day), actor, day));
        var slice = cli.TiesKnowledge(actor, day, withNeighbourhood: false);
        Console.WriteLine($"ties {who} ({actor}, {degree:N0} ties; own claims {slice.Claims.Count:N0} as of {day:yyyy-MM-dd}): open {openMs:0} ms; " +
                          $"tree read p50 {treeP50:0.0} ms p95 {treeP95:0.0} ms ({treeCpu * 1000:0} ms CPU); --json read+write p50 {jsonP50:0.0} ms p95 {jsonP95:0.0} ms; " +
                          $"resident (web) p50 {residentP50:0.0} ms; JSON {scoped.Bytes / 1e3:0} kB");
        Console.WriteLine($"  fingerprints: slice {scoped.Hash}, resident {resident.Hash}");
    }

    /// <summary>The JSON's size and hash, streamed (a hub's network runs to gigabytes at the full issue size).</summary>
    private static (long Bytes, string Hash) Json(Casus.Core.Knowledge.KnowledgeBase knowledge, ActorId actor, DateOnly day)
    {
        using var sink = new HashingSink();
        TiesJson.Write(knowledge, actor, day, sink);
        return (sink.Length, sink.Hash());
    }

    private static (double, double) Once(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return (clock.Elapsed.TotalMilliseconds, clock.Elapsed.TotalMilliseconds);
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
