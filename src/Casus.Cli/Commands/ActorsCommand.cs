using System.CommandLine;
using Casus.Present.Json;
using Casus.Cli.Rendering;

namespace Casus.Cli.Commands;

/// <summary><c>casus actors [--candidates]</c>: actors with ties in the database, or unknown names the extractor met.</summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var candidates = new Option<bool>("--candidates") { Description = "List capitalised names in stored articles that the lexicon does not know" };
        var all = new Option<bool>("--all") { Description = "Include lexicon actors without any stored tie" };
        var json = CommonOptions.Json();
        var command = new Command("actors", "List known actors (or candidate actors) and how many ties each has") { candidates, all, json };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            if (parsed.GetValue(candidates))
            {
                var found = workspace.CandidateActors();
                if (parsed.GetValue(json)) JsonOutput.Write(stream => ActorsJson.WriteCandidates(found, stream));
                else ActorsView.RenderCandidates(found);
                return CasusCli.Ok;
            }
            var knowledge = workspace.Knowledge();
            var actors = knowledge.Actors
                .Where(a => parsed.GetValue(all) || knowledge.ClaimsOf(a.Id).Count > 0 || knowledge.StatesOf(a.Id).Count > 0)
                .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (parsed.GetValue(json)) JsonOutput.Write(stream => KnowledgeJson.WriteActors(actors, knowledge, stream));
            else ActorsView.Render(actors, knowledge);
            return CasusCli.Ok;
        });
        return command;
    }
}
