using System.Diagnostics;

namespace Casus.Bench;

/// <summary>
/// Single-threaded throughput: items processed round-robin for a time budget after a warm-up.
/// Measured against the process's CPU time, not the wall clock, so "per core" holds on a shared
/// machine where other jobs take the cores away (the wall-clock figure is returned beside it).
/// </summary>
public static class Throughput
{
    public readonly record struct Result(double PerCpuSecond, double PerWallSecond);

    private const int MaxWarmUpRounds = 40;
    private const double StableWithin = 0.05;

    /// <returns>Megabytes (10^6 bytes) per CPU second and per wall second.</returns>
    public static Result MegabytesPerSecond<T>(IReadOnlyList<T> items, Func<T, long> bytesOf, Func<T, int> work, TimeSpan budget)
    {
        var round = budget / 4;
        var previous = Run(items, bytesOf, work, round).PerCpuSecond;
        for (var i = 0; i < MaxWarmUpRounds; i++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var current = Run(items, bytesOf, work, round).PerCpuSecond;
            var settled = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled;
            if (settled && Math.Abs(current - previous) <= StableWithin * Math.Max(current, previous)) break;
            previous = current;
        }
        return Run(items, bytesOf, work, budget);
    }

    private static Result Run<T>(IReadOnlyList<T> items, Func<T, long> bytesOf, Func<T, int> work, TimeSpan budget)
    {
        using var process = Process.GetCurrentProcess();
        long bytes = 0;
        var sink = 0;
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed < budget; i = (i + 1) % items.Count)
        {
            sink += work(items[i]);
            bytes += bytesOf(items[i]);
        }
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        GC.KeepAlive(sink);
        return new Result(bytes / cpu.TotalSeconds / 1e6, bytes / watch.Elapsed.TotalSeconds / 1e6);
    }
}
