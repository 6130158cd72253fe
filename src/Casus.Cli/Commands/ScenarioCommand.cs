using System.CommandLine;
using Casus.Core.Knowledge;
using Casus.Present.Json;
using Casus.Cli.Rendering;

namespace Casus.Cli.Commands;

/// <summary><c>casus scenario --target X --against Y [--joins Z] [--as-of DATE] [--known-by DATE] [--limit N] [--json]</c>.</summary>
public static class ScenarioCommand
{
    public static Command Create()
    {
        var options = new ScenarioOptions();
        var json = CommonOptions.Json();
        var command = new Command("scenario", "For every actor tied to either side: how far it would go to help the target, how likely, and why");
        options.AddTo(command);
        command.Add(json);
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            StaleDataHint.WarnIfBehind(workspace);
            var scenario = options.Build(parsed, workspace, defaultToIranQuestion: false);
            var (result, note) = parsed.GetValue(options.KnownBy) is { } knownBy && workspace.RunScenario(scenario, knownBy) is var run
                ? (run.Result, run.Note)
                : (workspace.RunScenario(scenario), null);
            var limit = parsed.GetValue(options.Limit);
            if (parsed.GetValue(json)) JsonOutput.Write(stream => ScenarioJson.Write(result, stream, limit: limit, knownBy: note));
            // Names and kinds only: the actors, not a full load of every claim.
            else ScenarioView.Render(result, new KnowledgeBase(workspace.KnownActors(), [], []), limit, note);
            return CasusCli.Ok;
        });
        return command;
    }
}
