using System.Diagnostics.Tracing;

namespace Casus.Bench;

/// <summary>
/// <c>-- allocations [SECONDS]</c>: which types the end-to-end path allocates, from the runtime's
/// own allocation sampling (one GCAllocationTick event per ~100 KB allocated, with the type of the
/// object that crossed the mark), so a type's share of the events is about its share of the bytes.
/// No profiler needed; a hint where per-sentence allocations come from, not an exact count.
/// </summary>
public static class AllocationRun
{
    public static int Run(TimeSpan duration)
    {
        var corpus = BenchCorpus.Load();
        var subjects = new BenchSubjects(corpus);
        var files = corpus.Repeated;
        // Warm up first so set-up and JIT allocations do not count.
        for (var i = 0; i < files.Count; i++) subjects.EndToEnd(files[i].Name, files[i].Bytes);
        using var listener = new TickListener();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; watch.Elapsed < duration; i = (i + 1) % files.Count)
        {
            subjects.EndToEnd(files[i].Name, files[i].Bytes);
            bytes += files[i].Bytes.LongLength;
        }
        listener.Dispose();
        var total = listener.Counts.Values.Sum();
        Console.WriteLine($"{total} allocation ticks over {bytes / 1e6:F1} MB of input; by type:");
        foreach (var (type, count) in listener.Counts.OrderByDescending(p => p.Value).Take(40))
            Console.WriteLine($"{100.0 * count / total,6:F1}%  {type}");
        return 0;
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, int> Counts { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var at = e.PayloadNames.IndexOf("TypeName");
            var type = at >= 0 ? e.Payload?[at] as string ?? "?" : "?";
            lock (Counts) Counts[type] = Counts.GetValueOrDefault(type) + 1;
        }
    }
}
