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
    public static bool IsUrl(string arg) => UrlFetcher.IsUrl(arg);

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
        var files = FolderWalker.Walk(folder);
        if (files.Count == 0)
            return [new IngestInput(folder, false, $"'{folder}': folder holds no {string.Join(", ", FolderWalker.DefaultExtensions.Order())} files")];
        return files.Select(f => new IngestInput(f, false));
    }
}
