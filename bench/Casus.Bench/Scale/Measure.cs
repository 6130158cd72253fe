using System.Diagnostics;

namespace Casus.Bench.Scale;

/// <summary>Small timing helpers: best-of-N for throughput, percentiles for latency.</summary>
internal static class Measure
{
    public static double BestSeconds(int runs, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    /// <summary>Least process CPU time over the runs (all threads): what a run costs in cores, whatever else the machine does.</summary>
    public static double BestCpuSeconds(int runs, Action action)
    {
        var best = double.MaxValue;
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            self.Refresh();
            var before = self.TotalProcessorTime;
            action();
            self.Refresh();
            best = Math.Min(best, (self.TotalProcessorTime - before).TotalSeconds);
        }
        return best;
    }

    /// <summary>p50 and p95 in milliseconds over <paramref name="runs"/> timed calls after one warm-up.</summary>
    public static (double P50, double P95) Latency(int runs, Action action)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[runs / 2], times[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.95) - 1)]);
    }

    public static string Rate(double perSecond) => perSecond >= 1e6 ? $"{perSecond / 1e6:0.00} M/s" : $"{perSecond / 1e3:0.0} k/s";
}
