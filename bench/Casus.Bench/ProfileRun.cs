using System.Diagnostics;

namespace Casus.Bench;

/// <summary>
/// <c>-- profile e2e|extract|spot SECONDS</c>: runs one subject in a loop for an external profiler, e.g.
/// <c>DOTNET_PerfMapEnabled=1 perf record -g -- dotnet bench/Casus.Bench/bin/Release/net10.0/Casus.Bench.dll profile extract 20</c>.
/// "extract" runs the extractor on already-read documents, so reading does not blur the picture.
/// </summary>
public static class ProfileRun
{
    public static int Run(string subject, TimeSpan duration)
    {
        var corpus = BenchCorpus.Load();
        var subjects = new BenchSubjects(corpus);
        var documents = corpus.Articles.SelectMany(a => subjects.Readers.Read(new Ingest.InputSource(a.Name, a.Bytes))).ToList();
        Func<int, int> work = subject switch
        {
            "e2e" => i => subjects.EndToEnd(corpus.Articles[i % corpus.Articles.Count].Name, corpus.Articles[i % corpus.Articles.Count].Bytes),
            "extract" => i => subjects.Extractor.Extract(documents[i % documents.Count]).Ties.Count,
            "spot" => i => subjects.Spot(documents[i % documents.Count].Text),
            _ => throw new ArgumentException($"unknown subject '{subject}' (e2e, extract, spot)"),
        };
        Console.WriteLine($"profiling '{subject}' for {duration.TotalSeconds:F0} s, pid {Environment.ProcessId}");
        var watch = Stopwatch.StartNew();
        long sink = 0;
        for (var i = 0; watch.Elapsed < duration; i++) sink += work(i);
        Console.WriteLine($"done ({sink} results)");
        return 0;
    }
}
