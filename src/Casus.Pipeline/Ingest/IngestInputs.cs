using Casus.Ingest;
using Casus.Ingest.Web;

namespace Casus.Pipeline.Ingest;

/// <summary>One thing to read: a file path, a URL, or an argument that could not be used (with why).</summary>
internal sealed record IngestInput(string Origin, bool IsUrl, string? Problem = null);

/// <summary>Turns the user's arguments into inputs: folders expand recursively to files with a
/// readable extension (in a stable order), URLs stay URLs, and a missing path becomes a failed
/// input rather than stopping the batch.</summary>
internal static class IngestInputs
{
    /// <summary>Extensions picked up when a folder is given; a file named directly is read whatever its name.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions =
        new HashSet<string>(FolderWalker.DefaultExtensions.Append(".md"), StringComparer.OrdinalIgnoreCase);

    public static List<IngestInput> Expand(IEnumerable<string> args)
    {
        var inputs = new List<IngestInput>();
        foreach (var arg in args)
        {
            if (UrlFetcher.IsUrl(arg)) inputs.Add(new IngestInput(arg, IsUrl: true));
            else if (Directory.Exists(arg)) inputs.AddRange(FilesUnder(arg));
            else if (File.Exists(arg)) inputs.Add(new IngestInput(arg, IsUrl: false));
            else inputs.Add(new IngestInput(arg, false, InputFailure.Because(arg, "no such file or directory").Message));
        }
        return inputs;
    }

    private static IEnumerable<IngestInput> FilesUnder(string folder)
    {
        // FolderWalker skips hidden entries and symlinked folders and sorts by path (repeatable batches).
        var unreadable = new List<string>();
        var files = FolderWalker.Walk(folder, FolderExtensions, unreadable).Where(f => !IsFolderNote(Path.GetFileName(f))).ToList();
        // A subfolder that could not be listed is a failed input of its own: the user sees what was not read.
        var problems = unreadable.Select(line => new IngestInput(line.Split(": ")[0], false, line));
        if (files.Count == 0) return [.. problems, new IngestInput(folder, false, InputFailure.Because(folder, $"folder holds no article files ({string.Join(" ", FolderExtensions.Order(StringComparer.Ordinal))})").Message)];
        return problems.Concat(files.Select(f => new IngestInput(f, false)));
    }

    /// <summary>A corpus folder's own notes (README, EXPECTED, LICENSE...) describe the articles and are
    /// not news; a folder expansion skips them. Named directly, they are read like any file.</summary>
    private static bool IsFolderNote(string fileName) =>
        NoteNames.Any(n => fileName.StartsWith(n, StringComparison.OrdinalIgnoreCase)
                           && (fileName.Length == n.Length || fileName[n.Length] == '.'));

    private static readonly string[] NoteNames = ["README", "EXPECTED", "LICENSE", "CHANGELOG", "NOTICE"];

}
