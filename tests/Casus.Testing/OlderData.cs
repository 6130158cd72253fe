namespace Casus.Testing;

/// <summary>
/// A copy of the shipped data/ as an older release might have had it: another VERSION, a lexicon
/// without the alias "Islamabad", and starter facts one source short, with one statement worded
/// differently, one modality different and one source since withdrawn. Databases built with it stand
/// for databases created by an older casus.
/// </summary>
public static class OlderData
{
    public const string Version = "2000.01.01-test";

    /// <summary>A fictional article: the first sentence needs the alias the older lexicon lacks.</summary>
    public const string Article = """
        Northern Gazette, 3 March 2026.
        Islamabad signed a defence treaty with Norway on Monday, officials in Oslo said.
        Iran condemned Israel on Tuesday over the strikes near the border.
        """;

    public static string Write(TempDir dir)
    {
        var root = dir.File("data-old");
        var shipped = Path.Combine(SharedCorpus.RepoRoot, "data");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(root, "VERSION"), Version + "\n");
        var states = Path.Combine(root, "lexicon", "states.tsv");
        File.WriteAllText(states, File.ReadAllText(states).Replace(" | Islamabad", "", StringComparison.Ordinal));
        var facts = Path.Combine(root, "starter", "facts.tsv");
        File.WriteAllLines(facts, OlderFacts(File.ReadAllLines(facts)));
        return root;
    }

    /// <summary>The shipped facts without the last source, with the first row's statement reworded, the
    /// modality of a row of another source changed (same text, other claims), and one source the
    /// shipped data no longer has.</summary>
    private static IEnumerable<string> OlderFacts(string[] lines)
    {
        static bool IsFact(string line) => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');
        static string Url(string line) => line.Split('\t')[15];
        var facts = lines.Where(IsFact).ToList();
        var dropped = Url(facts[^1]);
        var reworded = facts[0];
        var remodalled = facts.First(f => Url(f) != Url(reworded) && Url(f) != dropped);
        foreach (var line in lines)
        {
            if (!IsFact(line)) yield return line;
            else if (Url(line) == dropped) continue;
            else if (ReferenceEquals(line, reworded)) yield return WithCell(line, 13, c => c + " (earlier wording)");
            else if (ReferenceEquals(line, remodalled)) yield return WithCell(line, 4, c => c == "speculated" ? "hedged" : "speculated");
            else yield return line;
        }
        yield return WithCell(WithCell(reworded, 13, _ => "A fictional note the curators later withdrew."), 15, _ => "https://example.invalid/withdrawn");
    }

    private static string WithCell(string line, int column, Func<string, string> change)
    {
        var cells = line.Split('\t');
        cells[column] = change(cells[column]);
        return string.Join('\t', cells);
    }
}
