using System.CommandLine;
using System.Text;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Pipeline;
using Casus.Present;
using Casus.Present.Briefs;
using Casus.Cli.Rendering;

namespace Casus.Cli.Commands;

/// <summary><c>casus brief [scenario options] [--format md|html] [--out FILE]</c>: the scenario as a cited report.
/// With no scenario options it answers the default question (US joins Israel's war on Iran).</summary>
public static class BriefCommand
{
    public static Command Create()
    {
        var options = new ScenarioOptions();
        var format = new Option<string>("--format") { Description = "md (default) or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<string?>("--out") { Description = "Write the brief to this file instead of the terminal" };
        var command = new Command("brief", "Write the scenario as a readable report with citations (Markdown or self-contained HTML)");
        options.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            StaleDataHint.WarnIfBehind(workspace);
            var scenario = options.Build(parsed, workspace, defaultToIranQuestion: true);
            var (result, knowledge, note) = parsed.GetValue(options.KnownBy) is { } knownBy
                ? KnownBrief(workspace, scenario, knownBy)
                : (workspace.RunScenario(scenario), workspace.Knowledge(scenario.AsOf), null);
            var limit = parsed.GetValue(options.Limit);
            var names = Casus.Pipeline.Reading.DocumentNames.For(workspace.Store);
            var text = parsed.GetValue(format) == "html" ? BriefHtml.Render(result, knowledge, limit, note, names) : BriefMarkdown.Render(result, knowledge, limit, note, names);
            var path = parsed.GetValue(output);
            if (path is null)
            {
                // Stored URLs, titles and outlets came from pages: on a terminal they must not carry escape sequences.
                Console.Out.Write(Text.Printable(text));
                return CasusCli.Ok;
            }
            WriteFile(path, text);
            Console.Error.WriteLine($"casus: brief written to {path}");
            return CasusCli.Ok;
        });
        return command;
    }

    /// <summary>The brief's network and sources must not show what the verdicts were kept from either, so its
    /// knowledge is the whole as-of view narrowed the same way (loaded first, so the run uses it too).</summary>
    private static (ScenarioResult, KnowledgeBase, KnownByNote?) KnownBrief(CasusWorkspace workspace, Scenario scenario, DateOnly knownBy)
    {
        var whole = Casus.Pipeline.Backtest.KnownBy.Filter(workspace.Knowledge(scenario.AsOf), knownBy, out _);
        var run = workspace.RunScenario(scenario, knownBy);
        return (run.Result, whole, run.Note);
    }

    private static void WriteFile(string path, string text) =>
        OutputFile.Write(path, "--out", stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
}
