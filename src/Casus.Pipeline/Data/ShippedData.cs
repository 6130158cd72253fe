using System.Reflection;
using System.Text;

namespace Casus.Pipeline.Data;

/// <summary>
/// The versioned data files (lexicons, weights, starter facts): embedded in this assembly as
/// <c>casus-data/&lt;path&gt;</c>, or read from a folder when <see cref="WorkspaceOptions.DataDir"/> is set
/// (for editing data without rebuilding).
/// </summary>
public sealed class ShippedData
{
    private const string Prefix = "casus-data/";
    private readonly Dictionary<string, string> _files;

    private ShippedData(Dictionary<string, string> files)
    {
        _files = files;
        Version = Find("VERSION")?.Trim() ?? "unversioned";
    }

    /// <summary>Contents of data/VERSION: recorded with every piece of evidence.</summary>
    public string Version { get; }

    public static ShippedData Embedded()
    {
        var assembly = typeof(ShippedData).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var relative = name.Replace('\\', '/');
            if (!relative.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            files[relative[Prefix.Length..]] = ReadResource(assembly, name);
        }
        return new ShippedData(files);
    }

    public static ShippedData FromDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new Casus.Core.InputException($"data directory '{directory}': not found");
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), f => File.ReadAllText(f, Encoding.UTF8), StringComparer.Ordinal);
        return new ShippedData(files);
    }

    /// <summary>A file by its path under data/ ("reasoning/weights.tsv"), or null.</summary>
    public string? Find(string relativePath) => _files.GetValueOrDefault(relativePath);

    public string Read(string relativePath) =>
        Find(relativePath) ?? throw new InvalidOperationException($"shipped data file data/{relativePath} is missing from this build");

    /// <summary>Files directly under a folder, keyed by file name ("states.tsv").</summary>
    public IReadOnlyDictionary<string, string> Folder(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return _files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal) && !f.Key[prefix.Length..].Contains('/'))
                     .ToDictionary(f => f.Key[prefix.Length..], f => f.Value, StringComparer.Ordinal);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
