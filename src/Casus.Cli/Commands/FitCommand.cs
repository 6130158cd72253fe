using System.CommandLine;
using System.Text;
using Casus.Pipeline.Data;
using Casus.Pipeline.History;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus fit [--out FILE]</c>: fits the outside-view model on the shipped historical case base (data/history,
/// made by scripts/derive-history.py) and writes data/reasoning/structural.tsv with every coefficient's standard
/// error and prior. Deterministic: the shipped data give the shipped file byte for byte (tested).
/// </summary>
public static class FitCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Where to write the weights file (default data/reasoning/structural.tsv; '-' for stdout)",
            DefaultValueFactory = _ => "data/reasoning/structural.tsv",
        };
        var command = new Command("fit", "Fit the outside-view model on a century of crises and write data/reasoning/structural.tsv (`fit verdicts`: the verdict model on the modern cases)") { output, FitVerdictsCommand.Create() };
        command.SetAction(parsed =>
        {
            var data = Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? ShippedData.FromDirectory(dir) : ShippedData.Embedded();
            var (text, fit, outcomes) = new HistoryKnowledge(data).FitWeights();
            var path = parsed.GetValue(output)!;
            if (path == "-") Console.Out.Write(text);
            else
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
                Console.Error.WriteLine($"casus fit: {outcomes} outcomes, {fit.Iterations} Newton iterations, log-likelihood {fit.LogLikelihood:F2}: wrote {path}");
            }
            return CasusCli.Ok;
        });
        return command;
    }
}
