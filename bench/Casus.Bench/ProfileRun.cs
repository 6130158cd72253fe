using System.Diagnostics;

namespace Casus.Bench;

/// <summary>
/// <c>-- profile e2e|extract|spot SECONDS</c>: runs one subject in a loop for an external profiler, e.g.
/// <c>DOTNET_PerfMapEnabled=1 perf record -g -- dotnet bench/Casus.Bench/bin/Release/net10.0/Casus.Bench.dll profile extract 20</c>.
/// "extract" runs the extractor on already-read documents, so reading does not blur the picture.
/// <c>-- profile SUBJECT 200x</c> runs a fixed number of items instead, for instruction counts that
/// do not depend on the machine's load (e.g. under <c>valgrind --tool=callgrind</c> with
/// <c>DOTNET_TieredCompilation=0</c>, so every method is compiled once, fully optimised).
/// </summary>
public static class ProfileRun
{
    public static int Run(string subject, TimeSpan duration, int? items = null)
    {
        var corpus = BenchCorpus.Load();
        var subjects = new BenchSubjects(corpus);
        var documents = corpus.Articles.SelectMany(a => subjects.Readers.Read(new Ingest.InputSource(a.Name, a.Bytes))).ToList();
        Func<int, int> work = subject switch
        {
            "e2e" => i => subjects.EndToEnd(corpus.Articles[i % corpus.Articles.Count].Name, corpus.Articles[i % corpus.Articles.Count].Bytes),
            "read" => i => subjects.Read(corpus.Articles[i % corpus.Articles.Count].Name, corpus.Articles[i % corpus.Articles.Count].Bytes),
            "extract" => i => subjects.Extractor.Extract(documents[i % documents.Count]).Ties.Count,
            "spot" => i => subjects.Spot(documents[i % documents.Count].Text),
            _ => throw new ArgumentException($"unknown subject '{subject}' (e2e, read, extract, spot)"),
        };
        Console.WriteLine(items is { } count ? $"profiling '{subject}' for {count} items, pid {Environment.ProcessId}" : $"profiling '{subject}' for {duration.TotalSeconds:F0} s, pid {Environment.ProcessId}");
        var watch = Stopwatch.StartNew();
        long sink = 0;
        for (var i = 0; items is { } n ? i < n : watch.Elapsed < duration; i++) sink += work(i);
        Console.WriteLine($"done ({sink} results)");
        return 0;
    }
}
