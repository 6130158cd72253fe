using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Casus.Load;

/// <summary>Closed-loop clients: each sends its next request when the last one is answered (as wrk does).</summary>
public static class Clients
{
    /// <summary>What readers fetch, in turn: a capped ties answer, a cached scenario, the info block, an actor search.</summary>
    public static readonly string[] ReadPaths =
    [
        "/api/ties/Iran?limit=10",
        "/api/scenario?target=Iran&against=Israel&against=United%20States",
        "/api/info",
        "/api/actors?q=rus",
    ];

    public sealed record Counts(long Reads, long Writes, long Errors, double Seconds, List<double> ReadLatenciesMs, long[] ReadsByPath)
    {
        public double ReadsPerSecond => Reads / Seconds;
        public double WritesPerSecond => Writes / Seconds;

        public double ReadP(double q)
        {
            if (ReadLatenciesMs.Count == 0) return double.NaN;
            ReadLatenciesMs.Sort();
            return ReadLatenciesMs[Math.Min(ReadLatenciesMs.Count - 1, (int)(q * ReadLatenciesMs.Count))];
        }
    }

    public static HttpClient Http(int connections) => new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    private static long s_article = DateTime.UtcNow.Ticks % 1_000_000_000 * 1000;

    /// <summary>Runs <paramref name="readers"/> read clients and <paramref name="writers"/> write clients for <paramref name="seconds"/>.</summary>
    public static async Task<Counts> Run(CasusServe server, int readers, int writers, double seconds, string[]? readPaths = null)
    {
        readPaths ??= ReadPaths;
        using var http = Http(readers + writers);
        var baseUri = new Uri($"http://127.0.0.1:{server.Port}");
        long reads = 0, writes = 0, errors = 0;
        var byPath = new long[readPaths.Length];
        var latencies = new List<double>[readers];
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>();
        for (var r = 0; r < readers; r++)
        {
            var id = r;
            latencies[id] = [];
            tasks.Add(Task.Run(async () =>
            {
                var n = id;
                var buffer = new byte[81920];
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        var path = n++ % readPaths.Length;
                        using var response = await http.GetAsync(new Uri(baseUri, readPaths[path]), HttpCompletionOption.ResponseHeadersRead, stop.Token);
                        await using var body = await response.Content.ReadAsStreamAsync(stop.Token);
                        while (await body.ReadAsync(buffer, stop.Token) > 0) { }
                        if (response.IsSuccessStatusCode) { Interlocked.Increment(ref reads); Interlocked.Increment(ref byPath[path]); latencies[id].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds); }
                        else Interlocked.Increment(ref errors);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                    catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                }
            }));
        }
        for (var w = 0; w < writers; w++)
        {
            tasks.Add(Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var number = Interlocked.Increment(ref s_article);
                    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "/api/documents?name=load-" + number))
                    {
                        Content = new StringContent(Articles.Make(number), Encoding.UTF8, "text/plain"),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
                    try
                    {
                        using var response = await http.SendAsync(request, stop.Token);
                        await response.Content.ReadAsByteArrayAsync(stop.Token);
                        if ((int)response.StatusCode == 201) Interlocked.Increment(ref writes);
                        else Interlocked.Increment(ref errors);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                    catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                }
            }));
        }
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var elapsed = clock.Elapsed.TotalSeconds;
        var counted = (Interlocked.Read(ref reads), Interlocked.Read(ref writes), Interlocked.Read(ref errors));
        await stop.CancelAsync();
        await Task.WhenAll(tasks);
        return new Counts(counted.Item1, counted.Item2, counted.Item3, elapsed, latencies.SelectMany(l => l).ToList(), byPath);
    }
}
