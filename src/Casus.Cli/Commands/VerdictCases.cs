using System.CommandLine;
using Casus.Core;
using Casus.History;
using Casus.Pipeline.Backtest;
using Casus.Reason;
using Casus.Reason.Model;

namespace Casus.Cli.Commands;

/// <summary>Shared by <c>casus fit verdicts</c> and <c>casus eval verdicts</c>: the modern cases' options, the
/// collection of what the verdict model reads about every scored actor, and the text engine's ladder shape.</summary>
internal static class VerdictCases
{
    public static Option<string> CasesOption() => new("--cases") { Description = "The modern backtest cases (default eval/backtest)", DefaultValueFactory = _ => "eval/backtest" };

    public static Option<string[]> CorpusOption() => new("--corpus")
    {
        Description = "Corpus folder(s) the cases' knowledge names by folder name (default: ../shared/corpus/seed and ../shared/corpus/dev)",
        AllowMultipleArgumentsPerToken = true,
    };

    public static string? DataDir => Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? dir : null;

    /// <summary>Every case of the folder, parsed (one-line errors as the backtest's).</summary>
    public static IReadOnlyList<BacktestCase> Load(string path) => EvalScenariosCommand.Load(path);

    public static IReadOnlyList<VerdictOutcome> Collect(IReadOnlyList<BacktestCase> cases, string[]? corpus)
    {
        var folders = corpus is { Length: > 0 } given ? given : EvalScenariosCommand.DefaultCorpus();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) throw new InputException($"corpus '{folder}': no such folder");
            byName.TryAdd(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), folder);
        }
        return new BacktestRunner(byName, null, DataDir).Collect(cases);
    }

    /// <summary>The text engine's ladder (shape fixed, thresholds refitted), from the weights the CLI ships.</summary>
    public static OrdinalLadder Shape()
    {
        var data = DataDir is { } dir ? Pipeline.Data.ShippedData.FromDirectory(dir) : Pipeline.Data.ShippedData.Embedded();
        return ScenarioEngine.FromWeights(data.Read("reasoning/weights.tsv")).Ladder;
    }
}
