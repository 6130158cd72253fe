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

    public static IReadOnlyList<string> Walk(string folder, IReadOnlySet<string>? extensions = null)
    {
        extensions ??= DefaultExtensions;
        if (!Directory.Exists(folder)) throw InputFailure.Because(folder, "no such folder");
        var found = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            FileSystemInfo[] entries;
            try { entries = dir.GetFileSystemInfos(); }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException) { continue; }
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
