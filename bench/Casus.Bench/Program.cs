using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Running;
using Casus.Bench;
using Casus.Bench.Scale;
using Casus.Bench.Scenarios;

// Thin host for `casus bench`-style ratio runs that compare Casus with a baseline in the same process:
//   quick [SECONDS]                     extraction MB/s per core vs a naive one-regex-per-alias baseline
//   bdn [BenchmarkDotNet args]          the same under BenchmarkDotNet (minutes)
//   profile e2e|read|extract|spot [SECONDS|Nx]  a long loop (or N items) to attach a profiler to
//   e2e [SECONDS]                       only the end-to-end figure, plus bytes allocated per input byte
//   allocations [SECONDS]               which types the end-to-end path allocates (runtime allocation sampling)
//   dump [FOLDER...]                    every claim of the corpus (or of shared/corpus/FOLDER...), one line each (diff before/after a speed change)
//   scale gdelt [ROWS]                  GDELT-format import rate vs naive and DuckDB (issue 5)
//   scale network [ACTORS TIES CLAIMS]  synthetic network: import rate, ties/scenario latency, size
//   scale sqlite-scenario [ACTORS TIES CLAIMS] [--full]  scenario latency through SQLite (actor-scoped reads)
//   scale served-scenario [ACTORS TIES CLAIMS]  casus serve's path: load once, scenarios on the resident knowledge; casus ties via the actor's slice
//   scale ties-limit [ACTORS TIES CLAIMS [LIMIT]]  the top hub's casus ties / /api/ties with --limit (default 50) beside the unlimited answer
//   scale served-ingest [ACTORS TIES CLAIMS]  one upload into a served database: append to the resident knowledge vs reload
//   scenario [hub|realistic|all] [ACTORS CLAIMS]  scenario CPU time over a whole in-memory network
//   nesting [LEVELS...] [--full]        a page of N nested divs: the HTML reader vs parsing without its nesting limit (issue 16)
//   starter                             the README scenario on data/starter from the working tree (calibration aid)
var mode = args.FirstOrDefault() ?? "quick";
switch (mode)
{
    case "quick":
        var seconds = args.Length > 1 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
        return QuickRun.Run(TimeSpan.FromSeconds(seconds));
    case "bdn":
        var bytes = BenchCorpus.Load().Articles.Sum(a => a.Bytes.LongLength);
        // In-process: BenchmarkDotNet's separate build of the solution takes minutes on a shared
        // 2-core machine and hits its own timeout; the measurement itself is the same.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumn(new ThroughputColumn(bytes))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "casus-bdn"));
        BenchmarkRunner.Run<ExtractionBenchmarks>(config, args.Skip(1).ToArray());
        return 0;
    case "e2e":
        return EndToEndRun.Run(TimeSpan.FromSeconds(args.Length > 1 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var e) ? e : 3));
    case "allocations":
        return AllocationRun.Run(TimeSpan.FromSeconds(args.Length > 1 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : 10));
    case "dump":
        return DumpRun.Run(args[1..]);
    case "profile" when args.Length >= 3 && args[2].EndsWith('x') && int.TryParse(args[2][..^1], out var items):
        return ProfileRun.Run(args[1], TimeSpan.Zero, items);
    case "profile" when args.Length >= 2:
        var duration = args.Length > 2 && double.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 20;
        return ProfileRun.Run(args[1], TimeSpan.FromSeconds(duration));
    case "scale" when args.Length >= 2:
        return ScaleBench.Run(args[1..]);
    case "nesting":
        return NestingBench.Run(args[1..]);
    case "starter":
        return StarterTable.Run();
    case "scenario":
        return ScenarioBench.Run(args[1..]);
    default:
        Console.Error.WriteLine($"casus bench: unknown mode '{mode}'; use 'quick [SECONDS]', 'bdn [BenchmarkDotNet args]', 'profile e2e|read|extract|spot [SECONDS|Nx]', 'scale gdelt [ROWS]', 'scale network [ACTORS TIES CLAIMS] [--db CONN]' or 'scenario [hub|realistic|all] [ACTORS CLAIMS]'");
        return 2;
}
