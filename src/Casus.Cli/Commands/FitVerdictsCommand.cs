using System.CommandLine;
using System.Text;
using Casus.Core;
using Casus.History;
using Casus.Pipeline.Backtest;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus fit verdicts [--cases eval/backtest] [--corpus DIR...] [--out FILE]</c>: fits the verdict model
/// (<see cref="VerdictModel"/>: the news-text factors reweighed, history's linear predictor as the offset, a share of
/// the base rate chosen by cross-validation by crisis) on the tuning fold of the modern cases and writes
/// data/reasoning/verdict.tsv with every number's standard error and prior. Deterministic: the shipped cases, corpus
/// and data give the shipped file byte for byte (tested). The test fold is never read.
/// </summary>
public static class FitVerdictsCommand
{
    public static Command Create()
    {
        var cases = VerdictCases.CasesOption();
        var corpus = VerdictCases.CorpusOption();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model (default data/reasoning/verdict.tsv; '-' for stdout)",
            DefaultValueFactory = _ => "data/reasoning/verdict.tsv",
        };
        var command = new Command("verdicts", "Fit the verdict model on the modern cases' tuning fold and write data/reasoning/verdict.tsv") { cases, corpus, output };
        command.SetAction(parsed =>
        {
            var tuning = VerdictCases.Load(parsed.GetValue(cases)!).Where(c => c.Fold == BacktestCase.Tuning).ToArray();
            if (tuning.Length == 0) throw new InputException("no tuning case to fit on");
            var outcomes = VerdictCases.Collect(tuning, parsed.GetValue(corpus));
            var shape = VerdictCases.Shape();
            var trained = VerdictEvaluation.Train(shape, outcomes, VerdictDesign.Full);
            var text = VerdictModel.Format(trained.Model, trained.Fit, shape, outcomes.Count, tuning.Length,
                "eval/backtest tuning fold (eval/backtest/README.md), knowledge as published by each as-of date", trained.ShrinkCurve);
            var path = parsed.GetValue(output)!;
            if (path == "-") Console.Out.Write(text);
            else
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
                Console.Error.WriteLine($"casus fit verdicts: {outcomes.Count} outcomes in {tuning.Length} crises, {trained.Fit.Iterations} Newton iterations, log-likelihood {trained.Fit.LogLikelihood:F2}, shrink {trained.Model.Shrink:F2}: wrote {path}");
            }
            return CasusCli.Ok;
        });
        return command;
    }
}
