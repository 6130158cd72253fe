namespace Casus.Ingest;

/// <summary>
/// The article files under a folder: recursive, filtered by extension, hidden files and folders (".git",
/// ".cache") skipped, symlinked folders not followed (no cycles), sorted by path so batches are repeatable.
/// Markdown is not in the default set: corpus folders keep their README.md beside the articles.
/// </summary>
public static class FolderWalker
{
    public static readonly IReadOnlySet<string> DefaultExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom" };

    public static IReadOnlyList<string> Walk(string folder, IReadOnlySet<string>? extensions = null) => Walk(folder, extensions, null);

    /// <param name="unreadable">Gets one line per subfolder that could not be listed (permissions, I/O), so a batch
    /// can report it instead of silently reading less than the user asked for.</param>
    /// <param name="list">Lists one folder (default: <see cref="DirectoryInfo.GetFileSystemInfos()"/>); tests pass one that fails.</param>
    public static IReadOnlyList<string> Walk(string folder, IReadOnlySet<string>? extensions, ICollection<string>? unreadable,
        Func<DirectoryInfo, FileSystemInfo[]>? list = null)
    {
        list ??= d => d.GetFileSystemInfos();
        extensions ??= DefaultExtensions;
        if (!Directory.Exists(folder)) throw InputFailure.Because(folder, "no such folder");
        var found = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            FileSystemInfo[] entries;
            try { entries = list(dir); }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                unreadable?.Add(InputFailure.Because(dir.FullName, $"folder cannot be read ({e.GetType().Name.Replace("Exception", "", StringComparison.Ordinal)}: {e.Message}); its files were skipped").Message);
                continue;
            }
            foreach (var entry in entries)
            {
                if (IsHidden(entry)) continue;
                if (entry is DirectoryInfo sub) { if (sub.LinkTarget is null) pending.Push(sub); }
                else if (extensions.Contains(entry.Extension)) found.Add(entry.FullName);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
