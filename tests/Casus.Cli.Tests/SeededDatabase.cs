using Casus.Testing;

namespace Casus.Cli.Tests;

/// <summary>A database holding the two seed articles only (no starter), shared by a test class.</summary>
public sealed class SeededDatabase : IDisposable
{
    private readonly TempDir _dir = new();

    public SeededDatabase()
    {
        Path = _dir.File("seed.db");
        IngestRun = CasusProcess.Run(Path, "--no-starter", "ingest", SharedCorpus.SeedDir);
        if (IngestRun.ExitCode != 0) throw new InvalidOperationException("seeding failed: " + IngestRun.Stderr);
    }

    public string Path { get; }

    public CasusRun IngestRun { get; }

    public CasusRun Run(params string[] args) => CasusProcess.Run(Path, args);

    /// <summary>Runs casus and asserts the database file is byte-for-byte what it was.</summary>
    public CasusRun RunUnchanged(params string[] args)
    {
        var before = CasusProcess.FileHash(Path);
        var run = Run(args);
        Assert.Equal(before, CasusProcess.FileHash(Path));
        Assert.False(File.Exists(Path + "-wal") && new FileInfo(Path + "-wal").Length > 0, "a write-ahead log was left behind");
        return run;
    }

    public void Dispose() => _dir.Dispose();
}
