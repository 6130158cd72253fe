using System.CommandLine;
using System.Text.Json;
using Casus.Cli.Rendering;
using Casus.Core;
using Casus.Pipeline.Backtest;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus eval scenarios --cases DIR_OR_FILE [--corpus DIR...] [--starter|--no-starter] [--json]</c>:
/// runs each backtest case on the knowledge it names, as published by its as-of date, and scores
/// every observed outcome by RPS against Casus, the uniform forecast and the base rate
/// (docs/evaluation.md, "Scenario backtest"). Uses temporary databases; never touches --db.
/// </summary>
public static class EvalScenariosCommand
{
    public static Command Create()
    {
        var cases = new Option<string>("--cases") { Description = "A case file or a folder of them (eval/backtest)", Required = true };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Corpus folder(s) the cases' knowledge names by folder name (default: ../shared/corpus/seed and ../shared/corpus/dev)",
            AllowMultipleArgumentsPerToken = true,
        };
        var starter = new Option<bool>("--starter") { Description = "Give every case the starter knowledge base, whatever its file says (--no-starter: none)" };
        var json = CommonOptions.Json();
        var command = new Command("scenarios", "Backtest scenario verdicts against what actually happened (RPS vs uniform and base-rate forecasts)") { cases, corpus, starter, json };
        command.SetAction(parsed =>
        {
            var loaded = Load(parsed.GetValue(cases)!);
            var (withStarter, without) = (parsed.GetValue(starter), parsed.GetValue(GlobalOptions.NoStarter));
            if (withStarter && without) throw new UsageException("--starter and --no-starter contradict each other");
            var folders = parsed.GetValue(corpus) is { Length: > 0 } given ? given : DefaultCorpus();
            var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder)) throw new InputException($"corpus '{folder}': no such folder");
                byName.TryAdd(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), folder);
            }
            var runner = new BacktestRunner(byName, withStarter ? true : without ? false : null,
                Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? dir : null);
            var report = runner.Run(loaded);
            if (parsed.GetValue(json)) JsonOutput.Write(stream => BacktestJson.Write(report, stream));
            else Console.Out.Write(BacktestReportText.Render(report));
            return CasusCli.Ok;
        });
        return command;
    }

    internal static List<BacktestCase> Load(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path]
            : throw new InputException($"cases '{path}': no such file or folder");
        if (files.Length == 0) throw new InputException($"cases '{path}': no .tsv files in the folder");
        var loaded = files.Select(f => BacktestCaseParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        if (loaded.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputException($"case '{twice.Key}' is named in two files ({string.Join(", ", twice.Select(c => c.Origin))})");
        return loaded;
    }

    internal static string[] DefaultCorpus() =>
        new[] { "seed", "dev" }.Select(s => Path.Combine("..", "shared", "corpus", s)).Where(Directory.Exists).ToArray();
}
