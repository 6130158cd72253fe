using Casus.Testing;

namespace Casus.Reason.Tests.Fixtures;

/// <summary>The shipped weights file, read from the repository, and an engine built from it.</summary>
public static class TestWeights
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "data", "reasoning", "weights.tsv"));

    public static ScenarioEngine Engine { get; } = ScenarioEngine.FromWeights(Text);

    /// <summary>The shipped file with one value replaced (to probe what a number does).</summary>
    public static string With(string key, string value) => string.Join('\n', Text.Split('\n').Select(line =>
        line.StartsWith(key + "\t", StringComparison.Ordinal) ? $"{key}\t{value}\t{line.Split('\t')[2]}" : line));
}
