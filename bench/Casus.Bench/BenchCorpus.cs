namespace Casus.Bench;

/// <summary>
/// The benchmark input: the two seeds and the dev articles, read from <c>../shared</c> at run time
/// (never committed) and repeated until the total reaches <see cref="TargetBytes"/>.
/// Each repetition stays a separate article, as in a real batch.
/// </summary>
public sealed class BenchCorpus
{
    public const long TargetBytes = 8L * 1024 * 1024;

    private BenchCorpus(string repoRoot, IReadOnlyList<(string Name, byte[] Bytes)> articles)
    {
        RepoRoot = repoRoot;
        Articles = articles;
        var repeated = new List<(string, byte[])>();
        long total = 0;
        for (var round = 0; total < TargetBytes; round++)
        {
            foreach (var (name, bytes) in articles)
            {
                repeated.Add(($"{name}#{round}", bytes));
                total += bytes.Length;
            }
        }
        Repeated = repeated;
        TotalBytes = total;
    }

    public string RepoRoot { get; }

    /// <summary>The distinct articles, as files on disk.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Articles { get; }

    /// <summary>The articles repeated to about <see cref="TargetBytes"/>.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Repeated { get; }

    public long TotalBytes { get; }

    public static BenchCorpus Load() => new(FindRepoRoot(), ReadFolders(["seed", "dev"]));

    /// <summary>The <c>*.txt</c> articles of the named folders of the shared corpus, in name order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> ReadFolders(IEnumerable<string> folders)
    {
        var shared = Environment.GetEnvironmentVariable("CASUS_SHARED") is { Length: > 0 } env ? env : Path.Combine(FindRepoRoot(), "..", "shared");
        var corpus = Path.Combine(shared, "corpus");
        if (!Directory.Exists(corpus))
            throw new DirectoryNotFoundException($"corpus not found at {Path.GetFullPath(corpus)}; set CASUS_SHARED to the shared folder");
        return folders
            .SelectMany(sub => Directory.GetFiles(Path.Combine(corpus, sub), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Casus.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Casus.slnx not found above the current directory; run from the repository");
    }
}
