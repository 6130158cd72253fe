using System.Diagnostics;

namespace Casus.Bench;

/// <summary>Single-threaded throughput: items processed round-robin for a time budget after a warm-up.</summary>
public static class Throughput
{
    /// <returns>Megabytes (10^6 bytes) per second on one core.</returns>
    public static double MegabytesPerSecond<T>(IReadOnlyList<T> items, Func<T, long> bytesOf, Func<T, int> work, TimeSpan budget)
    {
        Run(items, bytesOf, work, budget / 5);
        var (bytes, elapsed) = Run(items, bytesOf, work, budget);
        return bytes / elapsed.TotalSeconds / 1e6;
    }

    private static (long Bytes, TimeSpan Elapsed) Run<T>(IReadOnlyList<T> items, Func<T, long> bytesOf, Func<T, int> work, TimeSpan budget)
    {
        long bytes = 0;
        var sink = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed < budget; i = (i + 1) % items.Count)
        {
            sink += work(items[i]);
            bytes += bytesOf(items[i]);
        }
        watch.Stop();
        GC.KeepAlive(sink);
        return (bytes, watch.Elapsed);
    }
}
