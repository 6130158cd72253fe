using System.Diagnostics;
using System.Globalization;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>One run of the real CLI with its peak resident memory, CPU time and wall time.</summary>
/// <param name="CpuTime">User + system time of the child: the time bound is checked on this, because
/// wall time on a shared CI machine measures the neighbours as much as Casus.</param>
public sealed record MeasuredRun(CasusRun Run, long PeakRssMb, TimeSpan CpuTime, TimeSpan Elapsed)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Runs casus, polling <c>/proc/PID/status</c> for VmHWM (the kernel's own high-water mark
    /// of resident memory, so a spike between polls is still seen at the next poll) and
    /// <c>/proc/PID/stat</c> for CPU time.</summary>
    public static MeasuredRun Start(string db, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = CasusProcess.Start(db, null, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0, cpuTicks = 0;
        while (!process.WaitForExit(15))
        {
            peakKb = Math.Max(peakKb, ReadHighWaterKb(process.Id));
            cpuTicks = Math.Max(cpuTicks, ReadCpuTicks(process.Id));
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                process.Kill();
                throw new TimeoutException("casus " + string.Join(' ', args.Select(a => a.Length > 60 ? a[..60] + "..." : a)) + " ran for 3 minutes");
            }
        }
        process.WaitForExit();
        clock.Stop();
        return new MeasuredRun(new CasusRun(process.ExitCode, stdout.Result, stderr.Result), peakKb / 1024,
            TimeSpan.FromSeconds(cpuTicks / TicksPerSecond), clock.Elapsed);
    }

    private static long ReadHighWaterKb(int pid)
    {
        foreach (var line in ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return 0;
    }

    /// <summary>utime + stime (fields 14 and 15 of /proc/PID/stat, counted after the parenthesised command name).</summary>
    private static long ReadCpuTicks(int pid)
    {
        var stat = string.Join(' ', ReadLines($"/proc/{pid}/stat"));
        var close = stat.LastIndexOf(')');
        if (close < 0) return 0;
        var fields = stat[(close + 2)..].Split(' ');
        return fields.Length > 12 ? long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture) : 0;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // exited between the check and the read
        }
    }
}
