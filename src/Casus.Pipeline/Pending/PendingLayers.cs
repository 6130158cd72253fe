// TEMPORARY: stand-ins for layers other helpers are writing (Extract, Ingest, Reason, Starter),
// so Casus.Pipeline compiles and its orchestration can be tested. Deleted as each lands.
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Documents;
using Casus.Extract;
using Casus.Ingest;

namespace Casus.Pipeline.Pending;

public sealed class ActorLexicon(IReadOnlyList<Actor> actors, string version)
{
    public IReadOnlyList<Actor> Actors { get; } = actors;
    public IReadOnlyList<Spokesperson> People { get; } = [];
    public string Version { get; } = version;

    public Actor? Resolve(string nameOrAlias) => Actors.FirstOrDefault(a =>
        string.Equals(a.Id.Value, nameOrAlias, StringComparison.OrdinalIgnoreCase)
        || string.Equals(a.Name, nameOrAlias, StringComparison.OrdinalIgnoreCase)
        || a.Aliases.Any(x => string.Equals(x, nameOrAlias, StringComparison.OrdinalIgnoreCase)));
}

public sealed class ExtractionLexicons(ActorLexicon actors)
{
    public ActorLexicon Actors { get; } = actors;

    public static ExtractionLexicons Parse(IReadOnlyDictionary<string, string> files, string version)
    {
        var actors = new List<Actor>();
        foreach (var name in new[] { "states.tsv", "groups.tsv" })
        {
            if (!files.TryGetValue(name, out var text)) continue;
            foreach (var line in text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var c = line.TrimEnd('\r').Split('\t');
                if (c.Length < 3 || c[0] == "id") continue;
                var kind = Enum.TryParse<ActorKind>(c[1].Replace("_", ""), true, out var k) ? k : ActorKind.State;
                var aliases = c.Length > 3 ? c[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(a => a.TrimStart('~')).ToList() : [];
                var partOf = c.Length > 4 ? c[4].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => new ActorId(p)).ToList() : [];
                actors.Add(new Actor(new ActorId(c[0]), c[2], kind, aliases, partOf));
            }
        }
        return new ExtractionLexicons(new ActorLexicon(actors, version));
    }
}

internal sealed class RuleExtractor(ExtractionLexicons lexicons) : IClaimExtractor
{
    public ExtractionLexicons Lexicons { get; } = lexicons;

    public ExtractionResult Extract(Document document) => new([], [], []);
}
