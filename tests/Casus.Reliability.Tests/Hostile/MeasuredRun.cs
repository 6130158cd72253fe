using System.Diagnostics;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>One run of the real CLI with its peak resident memory and wall time.</summary>
public sealed record MeasuredRun(CasusRun Run, long PeakRssMb, TimeSpan Elapsed)
{
    /// <summary>Runs casus, polling <c>/proc/PID/status</c> for VmHWM (the kernel's own high-water mark
    /// of resident memory, so a short spike between polls is still counted at the next poll).</summary>
    public static MeasuredRun Start(string db, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = CasusProcess.Start(db, null, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        var status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(15))
        {
            peakKb = Math.Max(peakKb, ReadHighWaterKb(status));
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                process.Kill();
                throw new TimeoutException("casus " + string.Join(' ', args.Select(a => a.Length > 60 ? a[..60] + "..." : a)) + " ran for 2 minutes");
            }
        }
        process.WaitForExit();
        clock.Stop();
        return new MeasuredRun(new CasusRun(process.ExitCode, stdout.Result, stderr.Result), peakKb / 1024, clock.Elapsed);
    }

    private static long ReadHighWaterKb(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { } // exited between the check and the read
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
