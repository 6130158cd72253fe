using System.Diagnostics;
using System.Text;
using Casus.Bench.Scenarios;
using Casus.Pipeline;

namespace Casus.Bench.Scale;

/// <summary>
/// What one small upload costs a server holding a big database (<c>WorkspaceBackend.Ingest</c>: the ingest, then
/// <c>Prepare</c>, under the write lock): the new path appends the stored document's claims to the resident
/// knowledge; the old path dropped it and reloaded everything (timed as a fresh workspace's <c>Prepare</c> on the
/// database after the ingest). Works on a private copy of the cached SQLite file, deleted afterwards, so the
/// shared file stays as built. Fingerprints of the appended and the reloaded answers are printed side by side.
/// </summary>
internal static class ServedIngestBench
{
    // Fictional sentences about lexicon actors (the synthetic actors are unknown to the extractor).
    private const string Article = """
        date 2025-06-22
        Nepal signed a defence pact with Iran.
        Nepal condemned Israel over the strikes.
        Bhutan stayed on the sidelines.
        """;

    // Uploaded first, so the timed upload does not pay for the reader's and extractor's first use (JIT).
    private const string WarmUp = """
        date 2025-06-21
        Bhutan condemned Israel.
        """;

    public static void Run(int actors, int ties, int claims)
    {
        var network = new SyntheticNetwork(actors, ties, claims);
        var source = SqliteScenarioBench.EnsureBuilt(network);
        var copy = Path.Combine(BenchPaths.Scratch, $"served-ingest-{Environment.ProcessId}.db");
        File.Copy(source, copy, overwrite: true);
        try
        {
            Measured(new WorkspaceOptions(copy, LoadStarter: false), network);
        }
        finally
        {
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }) File.Delete(file);
        }
    }

    private static void Measured(WorkspaceOptions options, SyntheticNetwork network)
    {
        using var server = CasusWorkspace.Open(options);
        var (startWall, startCpu) = Timed(server.Prepare);
        Console.WriteLine($"server start (load + index): {startWall:0.0} s wall, {startCpu:0.0} s CPU; {server.Knowledge().Claims.Count:N0} claims; load average {Load()}");

        server.IngestBytes("upload:bench-warm-up.txt", Encoding.UTF8.GetBytes(WarmUp), "text/plain");
        server.Prepare();
        var before = server.Knowledge().Claims.Count;
        var bytes = Encoding.UTF8.GetBytes(Article);
        IngestReport report = null!;
        var (writeWall, writeCpu) = Timed(() => report = server.IngestBytes("upload:bench-pact.txt", bytes, "text/plain"));
        var (indexWall, indexCpu) = Timed(server.Prepare);
        var added = server.Knowledge().Claims.Count - before;
        Console.WriteLine($"upload, new path: {report.Added} document, +{added} claims, resident kept: {server.IsResident}; " +
                          $"store + append {writeWall:0.00} s wall ({writeCpu:0.00} s CPU), index {indexWall:0.00} s wall ({indexCpu:0.00} s CPU); " +
                          $"total {writeWall + indexWall:0.00} s wall; load average {Load()}");

        var whole = server.Knowledge();
        var (buildWall, _) = Timed(() => _ = new Casus.Core.Knowledge.KnowledgeBase(whole.Actors, whole.Claims, whole.States));
        Console.WriteLine($"  of which building a KnowledgeBase of that size: {buildWall:0.00} s wall");

        var (againWall, _) = Timed(() => report = server.IngestBytes("upload:bench-pact.txt", bytes, "text/plain"));
        var (againIndex, _) = Timed(server.Prepare);
        Console.WriteLine($"same upload again: {report.Existing} already stored; {(againWall + againIndex) * 1000:0} ms wall (nothing rebuilt)");

        using var reloaded = CasusWorkspace.Open(options);
        var (reloadWall, reloadCpu) = Timed(reloaded.Prepare);
        Console.WriteLine($"old path after the same upload (drop, reload + index): {reloadWall:0.0} s wall, {reloadCpu:0.0} s CPU; " +
                          $"{reloaded.Knowledge().Claims.Count:N0} claims (appended: {server.Knowledge().Claims.Count:N0}); load average {Load()}");

        foreach (var (label, scenario) in SqliteScenarioBench.Scenarios(network))
            Console.WriteLine($"  {label}: fingerprints appended {ScenarioBench.Fingerprint(server.RunScenario(scenario))}, " +
                              $"reloaded {ScenarioBench.Fingerprint(reloaded.RunScenario(scenario))}");
    }

    private static (double Wall, double Cpu) Timed(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        self.Refresh();
        return (clock.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
