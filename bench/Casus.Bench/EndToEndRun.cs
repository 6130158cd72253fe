namespace Casus.Bench;

/// <summary>
/// <c>-- e2e [SECONDS]</c>: only the end-to-end subject of <c>quick</c>, plus the managed bytes
/// allocated per input byte and the collections of one pass, for quick A/B runs while optimising
/// (the full <c>quick</c> run also measures every stage and the baseline).
/// </summary>
public static class EndToEndRun
{
    public static int Run(TimeSpan budget)
    {
        var corpus = BenchCorpus.Load();
        var subjects = new BenchSubjects(corpus);
        var files = corpus.Repeated;
        var result = Throughput.MegabytesPerSecond(files, f => f.Bytes.LongLength, f => subjects.EndToEnd(f.Name, f.Bytes), budget);
        Console.WriteLine($"end to end: {result.PerCpuSecond:F2} MB/s per CPU second [{result.PerWallSecond:F2} wall]");

        OnePass("end to end", files, subjects.EndToEnd);
        OnePass("read only", files, subjects.Read);
        return 0;
    }

    private static void OnePass(string label, IReadOnlyList<(string Name, byte[] Bytes)> files, Func<string, byte[], int> work)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long bytes = 0;
        foreach (var (name, content) in files)
        {
            work(name, content);
            bytes += content.LongLength;
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"{label}, one pass over {bytes / 1e6:F1} MB: {allocated / (double)bytes:F1} bytes allocated per input byte; collections gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}; GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms of {watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}
