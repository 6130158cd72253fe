using System.Diagnostics;
using System.Globalization;

namespace Casus.Load;

/// <summary>Issue 16 item 4: server memory while many clients fetch the largest answer (an actor named in every
/// document, unlimited), and once they stop. The report said 5 GB at 20 clients, kept when idle.</summary>
public static class RssLoad
{
    public static async Task<int> Run(LoadOptions o)
    {
        var dir = Directory.CreateTempSubdirectory("casus-load-");
        var db = Path.Combine(dir.FullName, "large.db");
        var folder = Directory.CreateDirectory(Path.Combine(dir.FullName, "articles"));
        try
        {
            for (var i = 0; i < o.Documents; i++)
                File.WriteAllText(Path.Combine(folder.FullName, $"a{i:D6}.txt"), Articles.Make(i, 12, "Russia"));
            var clock = Stopwatch.StartNew();
            CasusServe.Run(o.Casus, "--db", db, "ingest", folder.FullName);
            Console.WriteLine($"ingested {o.Documents} articles (Russia in every sentence) in {clock.Elapsed.TotalSeconds:F0} s; database {new FileInfo(db).Length / 1e6:F0} MB");
            using var server = await CasusServe.Start(o.Casus, db);
            using (var http = Clients.Http(1))
            {
                var one = await http.GetByteArrayAsync(new Uri($"http://127.0.0.1:{server.Port}/api/ties/Russia"));
                Console.WriteLine($"GET /api/ties/Russia: {one.Length / 1e6:F1} MB");
            }
            var (idle0, _) = server.Memory();
            var peakSeen = 0.0;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peakSeen = Math.Max(peakSeen, server.Memory().Rss);
                    try { await Task.Delay(100, sampling.Token); } catch (OperationCanceledException) { }
                }
            });
            var load = await Clients.Run(server, o.Clients, 0, o.Seconds, ["/api/ties/Russia"]);
            await sampling.CancelAsync();
            await sampler;
            var (_, hwm) = server.Memory();
            var idle = new List<string>();
            foreach (var wait in new[] { 5, 30 })
            {
                await Task.Delay(TimeSpan.FromSeconds(wait - (wait == 30 ? 5 : 0)));
                idle.Add(string.Create(CultureInfo.InvariantCulture, $"{server.Memory().Rss:F0} MB after {wait} s"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{o.Clients} clients × {o.Seconds:F0} s on GET /api/ties/Russia: {load.ReadsPerSecond:F1} answers/s, {load.Errors} errors, p50 {load.ReadP(0.5):F0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server RSS: {idle0:F0} MB idle before, peak {peakSeen:F0} MB sampled (VmHWM {hwm:F0} MB), idle after: {string.Join(", ", idle)}"));
            return 0;
        }
        finally
        {
            if (!o.Keep) dir.Delete(true);
            else Console.WriteLine($"kept {dir.FullName}");
        }
    }
}
