using System.CommandLine;
using Casus.Present.Json;
using Casus.Cli.Rendering;

namespace Casus.Cli.Commands;

/// <summary><c>casus ties ACTOR [--as-of DATE] [--limit N] [--json]</c>: an actor's ties with their claims and
/// evidence; with a limit only its N strongest partners (<see cref="Casus.Present.TiesLimit"/>).</summary>
public static class TiesCommand
{
    public static Command Create()
    {
        var actor = new Argument<string>("ACTOR") { Description = "Name, alias or id (\"Iran\", \"Tehran\", IRN)" };
        var asOf = CommonOptions.AsOf();
        var json = CommonOptions.Json();
        var limit = CommonOptions.Limit("Show only the N partners with the most claims (and say how many were left out)", "partner");
        var command = new Command("ties", "Show an actor's ties as a tree: partner, type, modality, evidence") { actor, asOf, limit, json };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            StaleDataHint.WarnIfBehind(workspace);
            var who = workspace.ResolveActor(parsed.GetValue(actor)!);
            var date = parsed.GetValue(asOf);
            var asJson = parsed.GetValue(json);
            var keep = parsed.GetValue(limit);
            // Only this actor's part of the database (the JSON network adds its kept partners' ties), not a full load.
            var knowledge = workspace.TiesKnowledge(who.Id, date, withNeighbourhood: asJson, keep);
            if (asJson) JsonOutput.Write(stream => TiesJson.Write(knowledge, who.Id, date, stream, limit: keep));
            else TiesView.Render(knowledge, who, date, limit: keep);
            return CasusCli.Ok;
        });
        return command;
    }
}
