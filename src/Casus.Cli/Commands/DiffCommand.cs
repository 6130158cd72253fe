using System.CommandLine;
using Casus.Cli.Rendering;
using Casus.Present.Json;
using Casus.Present.Workbench;

namespace Casus.Cli.Commands;

/// <summary><c>casus diff --from D1 --to D2 [ACTOR] [--json]</c>: the ties that appeared, ended, changed sign or
/// modality between two dates (<see cref="TieDiff"/>), for one actor or the whole network.</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var actor = new Argument<string?>("ACTOR") { Description = "Only this actor's ties (name, alias, spokesperson or id); all ties when left out", Arity = ArgumentArity.ZeroOrOne };
        var from = CommonOptions.Date("--from", "The earlier date (YYYY-MM-DD)");
        var to = CommonOptions.Date("--to", "The later date (YYYY-MM-DD)");
        from.Required = true;
        to.Required = true;
        var json = CommonOptions.Json();
        var command = new Command("diff", "What changed between two dates: ties that appeared, ended, changed sign or modality") { actor, from, to, json };
        command.SetAction(parsed =>
        {
            var (start, end) = (parsed.GetValue(from)!.Value, parsed.GetValue(to)!.Value);
            if (start > end) throw new UsageException($"--from {Text.Date(start)} is after --to {Text.Date(end)}");
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            StaleDataHint.WarnIfBehind(workspace);
            var who = parsed.GetValue(actor) is { } name ? workspace.ResolveActor(name) : null;
            // One actor: only its part of the database, every date (each side of the diff narrows it).
            var knowledge = who is null ? workspace.Knowledge() : workspace.TiesKnowledge(who.Id, null, withNeighbourhood: false);
            var changes = TieDiff.Between(knowledge, start, end, who?.Id);
            if (parsed.GetValue(json)) JsonOutput.Write(s => WorkbenchJson.WriteDiff(changes, knowledge, start, end, who?.Id, s, indented: true));
            else DiffView.Render(knowledge, changes, start, end, who);
            return CasusCli.Ok;
        });
        return command;
    }
}
