using System.CommandLine;
using Casus.Present.Json;
using Casus.Cli.Rendering;

namespace Casus.Cli.Commands;

/// <summary><c>casus evidence ACTOR_A ACTOR_B</c>: every claim between two actors, both directions, with its sentence.</summary>
public static class EvidenceCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("ACTOR_A") { Description = "One actor" };
        var second = new Argument<string>("ACTOR_B") { Description = "The other actor" };
        var asOf = CommonOptions.AsOf();
        var json = CommonOptions.Json();
        var command = new Command("evidence", "List the claims between two actors with their sentences, outlets and dates") { first, second, asOf, json };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            var a = workspace.ResolveActor(parsed.GetValue(first)!);
            var b = workspace.ResolveActor(parsed.GetValue(second)!);
            var knowledge = workspace.Knowledge(parsed.GetValue(asOf));
            if (parsed.GetValue(json)) JsonOutput.Write(stream => TiesJson.WriteBetween(knowledge, a.Id, b.Id, stream));
            else EvidenceView.Render(knowledge, a, b);
            return CasusCli.Ok;
        });
        return command;
    }
}
