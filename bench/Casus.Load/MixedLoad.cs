using System.Diagnostics;
using System.Globalization;

namespace Casus.Load;

/// <summary>Reads/s with no writes, then with writers beside the same readers, on a database seeded with the news corpus
/// and the starter knowledge. Issue 16's target: reads with writes running stay within 3× of reads alone.
/// The phases alternate for several rounds and the ratio is of medians, because the machine is shared and its load
/// swings within seconds. With <c>--baseline CASUS</c> a second server (another build, e.g. before a change) runs
/// the same rounds interleaved with this one, on its own copy of the seed.</summary>
public static class MixedLoad
{
    public static async Task<int> Run(LoadOptions o)
    {
        var dir = Directory.CreateTempSubdirectory("casus-load-");
        try
        {
            var news = Path.Combine(o.Shared, "corpus", "news");
            var servers = new List<(string Name, CasusServe Server)>();
            try
            {
            foreach (var (name, casus) in new[] { ("this build", o.Casus), ("baseline", o.Baseline) })
            {
                if (casus is null) continue;
                var db = Path.Combine(dir.FullName, $"mixed-{servers.Count}.db");
                var clock = Stopwatch.StartNew();
                CasusServe.Run(casus, "--db", db, "ingest", news);
                Console.WriteLine($"{name} ({casus}): seeded {db} from {news} (+ starter) in {clock.Elapsed.TotalSeconds:F1} s");
                servers.Add((name, await CasusServe.Start(casus, db)));
            }
            Console.WriteLine($"{o.Readers} readers (rotating {string.Join(", ", Clients.ReadPaths)}), {o.Writers} writers (POST /api/documents, ~2 kB articles, bearer token), {o.Seconds:F0} s per phase, {o.Rounds} rounds");
            Console.WriteLine("| server | round | phase | reads/s | writes/s | read p50 | read p99 | errors | reads by path |");
            Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---|");
            var results = servers.ToDictionary(s => s.Name, _ => (Alone: new List<double>(), Mixed: new List<double>(), Writes: new List<double>()));
            foreach (var (_, server) in servers) await Clients.Run(server, o.Readers, 0, 5); // warm-up: JIT, caches
            for (var round = 1; round <= o.Rounds; round++)
            foreach (var (name, server) in servers)
            {
                var alone = await Clients.Run(server, o.Readers, 0, o.Seconds);
                Row(name, round, "reads alone", alone);
                var mixed = await Clients.Run(server, o.Readers, o.Writers, o.Seconds);
                Row(name, round, $"with {o.Writers} writers", mixed);
                results[name].Alone.Add(alone.ReadsPerSecond);
                results[name].Mixed.Add(mixed.ReadsPerSecond);
                results[name].Writes.Add(mixed.WritesPerSecond);
            }
            foreach (var (name, server) in servers)
            {
                var r = results[name];
                var ratio = Median(r.Alone) / Math.Max(Median(r.Mixed), 1e-9);
                var (rss, peak) = server.Memory();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: median reads/s {Median(r.Alone):F0} alone, {Median(r.Mixed):F0} with writers ({Median(r.Writes):F1} writes/s): reads fall {ratio:F2}x (target: within 3x: {(ratio <= 3 ? "met" : "NOT met")}); RSS {rss:F0} MB, peak {peak:F0} MB"));
                server.Dispose();
            }
            return 0;
            }
            finally
            {
                foreach (var (_, server) in servers) server.Dispose();
            }
        }
        finally
        {
            if (!o.Keep) dir.Delete(true);
            else Console.WriteLine($"kept {dir.FullName}");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Row(string server, int round, string phase, Clients.Counts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {server} | {round} | {phase} | {c.ReadsPerSecond:F0} | {c.WritesPerSecond:F1} | {c.ReadP(0.5):F1} ms | {c.ReadP(0.99):F1} ms | {c.Errors} | {string.Join(" / ", c.ReadsByPath)} |"));
}
