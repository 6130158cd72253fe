using Casus.Pipeline.Starter;

namespace Casus.Pipeline.Tests.Starter;

/// <summary>Reads data files as shipped: the resources embedded in Casus.Pipeline.</summary>
internal static class ShippedData
{
    public static string Read(string relativePath)
    {
        var name = "casus-data/" + relativePath;
        using var stream = typeof(StarterKnowledge).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is not embedded in Casus.Pipeline");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The shipped file, or null when this build does not ship it (yet).</summary>
    public static string? TryRead(string relativePath) =>
        typeof(StarterKnowledge).Assembly.GetManifestResourceNames().Contains("casus-data/" + relativePath) ? Read(relativePath) : null;

    /// <summary>Ids of the first column of a lexicon TSV (comment lines skipped).</summary>
    public static IEnumerable<string> Ids(string relativePath) =>
        (TryRead(relativePath) ?? "").Split('\n')
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0].Trim());
}
