using System.Diagnostics;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Pipeline;
using Casus.Present;
using Casus.Present.Json;

namespace Casus.Bench.Scale;

/// <summary>
/// <c>casus ties HUB --limit N</c> and <c>/api/ties/HUB?limit=N</c> on the synthetic SQLite file of
/// <c>served-scenario</c>: the top hub's answer with a limit (CLI slice and resident knowledge) beside
/// the unlimited one, whose fingerprint must stay what <c>served-scenario</c> printed before limits existed.
/// </summary>
internal static class TiesLimitBench
{
    public static void Run(int actors, int ties, int claims, int limit)
    {
        var network = new SyntheticNetwork(actors, ties, claims);
        var path = SqliteScenarioBench.EnsureBuilt(network);
        var options = new WorkspaceOptions(path, LoadStarter: false);
        var degrees = network.Degrees();
        var hub = Enumerable.Range(0, actors).OrderByDescending(i => degrees[i]).First();
        var actor = SyntheticNetwork.ActorIdOf(hub);
        var day = new DateOnly(2025, 6, 1);
        Console.WriteLine($"SQLite {path}: top hub {actor} ({degrees[hub]:N0} ties), as of {day:yyyy-MM-dd}, limit {limit}; load average {Load()}");

        using var cli = CasusWorkspace.Open(options);
        var kept = TiesLimit.Keep(cli.TiesKnowledge(actor, day, withNeighbourhood: false), actor, limit);
        Console.WriteLine($"  kept {kept.Partners.Count:N0} of {kept.TotalPartners:N0} partners, {kept.Ties.Count:N0} of {kept.TotalTies:N0} ties");
        var (treeP50, treeP95) = Measure.Latency(5, () => TiesLimit.Keep(cli.TiesKnowledge(actor, day, withNeighbourhood: false), actor, limit));
        (long Bytes, string Hash) limited = default, unlimited = default, residentLimited = default;
        var (jsonP50, jsonP95) = Measure.Latency(5, () => limited = Json(cli.TiesKnowledge(actor, day, limit: limit), actor, day, limit));
        var cpu = Measure.BestCpuSeconds(3, () => Json(cli.TiesKnowledge(actor, day, limit: limit), actor, day, limit));
        Console.WriteLine($"  casus ties --limit: tree read p50 {treeP50:0.0} ms p95 {treeP95:0.0} ms; --json read+write p50 {jsonP50:0.0} ms p95 {jsonP95:0.0} ms " +
                          $"({cpu * 1000:0} ms CPU), {limited.Bytes / 1e3:0} kB, fingerprint {limited.Hash}");
        var once = Stopwatch.StartNew();
        unlimited = Json(cli.TiesKnowledge(actor, day), actor, day, null);
        Console.WriteLine($"  casus ties --json without a limit: {once.Elapsed.TotalMilliseconds:0} ms once, {unlimited.Bytes / 1e6:0} MB, fingerprint {unlimited.Hash}");

        using var server = CasusWorkspace.Open(options);
        server.Prepare();
        var view = server.Knowledge(day); // the kept dated view /api/ties writes from
        var (residentP50, residentP95) = Measure.Latency(5, () => residentLimited = Json(view, actor, day, limit));
        Console.WriteLine($"  /api/ties?limit= on the resident knowledge: p50 {residentP50:0.0} ms p95 {residentP95:0.0} ms, fingerprint {residentLimited.Hash} (slice {limited.Hash})");
    }

    private static (long Bytes, string Hash) Json(KnowledgeBase knowledge, ActorId actor, DateOnly day, int? limit)
    {
        using var sink = new HashingSink();
        TiesJson.Write(knowledge, actor, day, sink, limit: limit);
        return (sink.Length, sink.Hash());
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
