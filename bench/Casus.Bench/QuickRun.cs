using System.Diagnostics;

namespace Casus.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Casus.Bench -- quick</c>: MB/s per core for the whole
/// pipeline, its stages, the alias spotter and the naive baseline, in one run, with the ratios the
/// issue sets as targets. Takes well under a minute.
/// </summary>
public static class QuickRun
{
    public const double EndToEndTarget = 20;
    public const double SpotRatioTarget = 20;

    public static int Run(TimeSpan budget)
    {
        var corpus = BenchCorpus.Load();
        var setup = Stopwatch.StartNew();
        var subjects = new BenchSubjects(corpus);
        var naive = new NaiveRegexSpotter(subjects.Aliases);
        Line($"corpus: {corpus.Articles.Count} articles repeated to {corpus.TotalBytes / 1e6:F1} MB ({corpus.Repeated.Count} files, {subjects.Texts.Count} documents)");
        Line($"lexicon {subjects.Lexicons.Version}: {subjects.Aliases.Count} surface forms; baseline: {naive.PatternCount} compiled regexes (setup {setup.Elapsed.TotalSeconds:F1} s)");
        Line($"one core, {budget.TotalSeconds:F0} s per measurement, {Environment.ProcessorCount} cores visible");

        var files = corpus.Repeated;
        var endToEnd = Throughput.MegabytesPerSecond(files, f => f.Bytes.LongLength, f => subjects.EndToEnd(f.Name, f.Bytes), budget);
        var read = Throughput.MegabytesPerSecond(files, f => f.Bytes.LongLength, f => subjects.Read(f.Name, f.Bytes), budget);
        var split = Throughput.MegabytesPerSecond(subjects.Texts, t => t.Bytes, t => subjects.SplitSentences(t.Text), budget);
        var spot = Throughput.MegabytesPerSecond(subjects.Texts, t => t.Bytes, t => subjects.Spot(t.Text), budget);
        var baseline = Throughput.MegabytesPerSecond(subjects.Texts, t => t.Bytes, t => naive.Count(t.Text), budget);

        Line("");
        Line("MB/s of article text per CPU second (wall-clock MB/s in brackets; they differ when the machine is shared)");
        Row("end to end (bytes → documents → sentences → actors → cues → claims)", endToEnd, $"target ≥ {EndToEndTarget} {Verdict(endToEnd.PerCpuSecond >= EndToEndTarget)}");
        Row("  stage: read (decode, reader choice, page split)", read);
        Row("  stage: sentence split", split);
        Row("  stage: alias spotting", spot);
        Line($"  {"extraction after reading (derived)",-68} {Derived(endToEnd.PerCpuSecond, read.PerCpuSecond),9:F2}");
        Row("alias spotting, AliasSpotter (SearchValues)", spot);
        Row("alias spotting, naive one compiled Regex per alias", baseline);
        var ratio = spot.PerCpuSecond / baseline.PerCpuSecond;
        Line($"spotting ratio AliasSpotter / naive: {ratio:F0}×   target ≥ {SpotRatioTarget}× {Verdict(ratio >= SpotRatioTarget)}");
        Line($"load average during the run: {LoadAverage()}");
        return 0;
    }

    /// <summary>Throughput of the part of the pipeline after reading: 1/(1/total − 1/read).</summary>
    private static double Derived(double total, double read) => 1 / Math.Max(1e-9, 1 / total - 1 / read);

    private static void Row(string label, Throughput.Result result, string? note = null) =>
        Line($"{label,-70} {result.PerCpuSecond,9:F2}  [{result.PerWallSecond,8:F2}]  {note}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Verdict(bool met) => met ? "(met)" : "(NOT met)";

    // InvariantGlobalization is on (Directory.Build.props), so interpolation prints '.' decimals.
    private static void Line(string text) => Console.WriteLine(text);
}
