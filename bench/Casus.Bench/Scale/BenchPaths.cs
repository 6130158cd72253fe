namespace Casus.Bench.Scale;

/// <summary>Where the bench finds the repository's data files and keeps its generated inputs.</summary>
internal static class BenchPaths
{
    public static string RepoRoot { get; } = Find();

    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "data", .. parts]);

    public static string Scratch
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("CASUS_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "casus-bench");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Casus.slnx"))) return dir.FullName;
        var cwd = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(cwd, "Casus.slnx")) ? cwd : throw new InvalidOperationException("run the bench from the repository");
    }
}
