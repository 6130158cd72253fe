namespace Casus.Testing;

/// <summary>
/// Locates <c>../shared</c> beside the repository (or <c>CASUS_SHARED</c>). Tests that read it
/// fail with a clear message when it is missing: they never skip, so CI cannot pass without them.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder, or throws when absent.</summary>
    public static string Root => RootPath.Value ?? throw MissingShared();

    public static string Seed(string fileName) => Path.Combine(Root, "corpus", "seed", fileName);

    public static string SeedDir => Path.Combine(Root, "corpus", "seed");

    public static string DevDir => Path.Combine(Root, "corpus", "dev");

    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    public const string TheWeek = "theweek-2025-06-17-iran-allies.txt";
    public const string Rnz = "rnz-2025-06-21-iran-allies-aggregator-page.txt";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("CASUS_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Casus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Casus.slnx above " + AppContext.BaseDirectory);
    }

    private static InvalidOperationException MissingShared() =>
        new("../shared (corpus and data) not found beside the repository; set CASUS_SHARED to point at it.");
}
