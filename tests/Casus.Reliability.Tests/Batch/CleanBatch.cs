using System.Diagnostics;
using Casus.Testing;

namespace Casus.Reliability.Tests.Batch;

/// <summary>
/// A generated batch of articles and what a clean, uninterrupted <c>casus ingest</c> of it stores:
/// the expectation every interrupted, repeated or concurrent run is compared with.
/// </summary>
public sealed class CleanBatch : IDisposable
{
    public const int Articles = 200;
    public const int Seed = 6;

    private readonly TempDir _dir = new();

    public CleanBatch()
    {
        Folder = Path.Combine(_dir.Path, "articles");
        ArticleGenerator.Write(Folder, Articles, Seed);
        var clock = Stopwatch.StartNew();
        var run = CasusProcess.Run(_dir.File("clean.db"), "ingest", Folder);
        var first = clock.Elapsed;
        if (run.ExitCode != 0) throw new InvalidOperationException("clean ingest failed: " + run.Stderr);
        Clean = DatabaseSnapshot.Read(_dir.File("clean.db"));
        // The shorter of two clean runs: the first process start reads a cold binary, and one run slowed by a load
        // spike would stretch the kill window until most killed runs finish before their kill.
        clock.Restart();
        var again = CasusProcess.Run(NewDatabase("timing"), "ingest", Folder);
        if (again.ExitCode != 0) throw new InvalidOperationException("second clean ingest failed: " + again.Stderr);
        CleanDuration = first < clock.Elapsed ? first : clock.Elapsed;
    }

    public string Folder { get; }

    public DatabaseSnapshot Clean { get; }

    /// <summary>Wall time of a clean run (the shorter of two), start-up included: kills are timed within it.</summary>
    public TimeSpan CleanDuration { get; }

    /// <summary>A fresh database path in this batch's scratch folder.</summary>
    public string NewDatabase(string name) => _dir.File(name + "-" + Guid.NewGuid().ToString("N")[..8] + ".db");

    public void Dispose() => _dir.Dispose();
}
