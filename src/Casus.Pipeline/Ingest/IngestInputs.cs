using Casus.Core;

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
        new HashSet<string>([".txt", ".md", ".html", ".htm", ".xml", ".rss", ".atom"], StringComparer.OrdinalIgnoreCase);

    public static bool IsUrl(string arg) =>
        Uri.TryCreate(arg, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static List<IngestInput> Expand(IEnumerable<string> args)
    {
        var inputs = new List<IngestInput>();
        foreach (var arg in args)
        {
            if (IsUrl(arg)) inputs.Add(new IngestInput(arg, IsUrl: true));
            else if (Directory.Exists(arg)) inputs.AddRange(FilesUnder(arg));
            else if (File.Exists(arg)) inputs.Add(new IngestInput(arg, IsUrl: false));
            else inputs.Add(new IngestInput(arg, false, $"'{arg}': no such file or directory"));
        }
        return inputs;
    }

    private static IEnumerable<IngestInput> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var files = Directory.EnumerateFiles(folder, "*", options)
            .Where(f => FolderExtensions.Contains(Path.GetExtension(f)))
            .Where(f => !IsFolderNote(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) return [new IngestInput(folder, false, $"'{folder}': folder holds no .txt, .md, .html, .htm, .xml, .rss or .atom files")];
        return files.Select(f => new IngestInput(f, false));
    }

    /// <summary>A corpus folder's own notes (README, EXPECTED, LICENSE...) describe the articles and are
    /// not news; a folder expansion skips them. Named directly, they are read like any file.</summary>
    private static bool IsFolderNote(string fileName) =>
        NoteNames.Any(n => fileName.StartsWith(n, StringComparison.OrdinalIgnoreCase)
                           && (fileName.Length == n.Length || fileName[n.Length] == '.'));

    private static readonly string[] NoteNames = ["README", "EXPECTED", "LICENSE", "CHANGELOG", "NOTICE"];

    /// <summary>Reads a file's bytes, turning the ways it can fail into one input error line.</summary>
    public static byte[] ReadFile(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
                throw new InputException($"'{path}': file is {info.Length / (1024 * 1024)} MB, above the {maxBytes / (1024 * 1024)} MB limit");
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException) { throw new InputException($"'{path}': permission denied"); }
        catch (IOException e) { throw new InputException($"'{path}': cannot read ({e.Message.Split('\n')[0].TrimEnd('.')})"); }
    }
}
