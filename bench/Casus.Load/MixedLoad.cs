using System.Diagnostics;
using System.Globalization;

namespace Casus.Load;

/// <summary>Reads/s with no writes, then with writers beside the same readers, on a database seeded with the news corpus
/// and the starter knowledge. Issue 16's target: reads with writes running stay within 3× of reads alone.</summary>
public static class MixedLoad
{
    public static async Task<int> Run(LoadOptions o)
    {
        var dir = Directory.CreateTempSubdirectory("casus-load-");
        var db = Path.Combine(dir.FullName, "mixed.db");
        try
        {
            var news = Path.Combine(o.Shared, "corpus", "news");
            var clock = Stopwatch.StartNew();
            CasusServe.Run(o.Casus, "--db", db, "ingest", news);
            Console.WriteLine($"seeded {db} from {news} (+ starter) in {clock.Elapsed.TotalSeconds:F1} s");
            using var server = await CasusServe.Start(o.Casus, db);
            await Clients.Run(server, o.Readers, 0, 5); // warm-up: JIT, caches
            var alone = await Clients.Run(server, o.Readers, 0, o.Seconds);
            var mixed = await Clients.Run(server, o.Readers, o.Writers, o.Seconds);
            var after = await Clients.Run(server, o.Readers, 0, o.Seconds);
            var (rss, peak) = server.Memory();
            Console.WriteLine($"{o.Readers} readers (rotating {string.Join(", ", Clients.ReadPaths)}), {o.Writers} writers (POST /api/documents, ~3 kB articles, bearer token), {o.Seconds:F0} s per phase");
            Console.WriteLine("| phase | reads/s | writes/s | read p50 | read p99 | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Row("reads alone", alone);
            Row($"with {o.Writers} writers", mixed);
            Row("reads alone again", after);
            var ratio = alone.ReadsPerSecond / Math.Max(mixed.ReadsPerSecond, 1e-9);
            Console.WriteLine($"reads fall {ratio.ToString("F2", CultureInfo.InvariantCulture)}x while writes run (target: within 3x): {(ratio <= 3 ? "met" : "NOT met")}; server RSS {rss:F0} MB, peak {peak:F0} MB");
            return 0;
        }
        finally
        {
            if (!o.Keep) dir.Delete(true);
            else Console.WriteLine($"kept {dir.FullName}");
        }
    }

    private static void Row(string phase, Clients.Counts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {phase} | {c.ReadsPerSecond:F0} | {c.WritesPerSecond:F1} | {c.ReadP(0.5):F1} ms | {c.ReadP(0.99):F1} ms | {c.Errors} |"));
}
