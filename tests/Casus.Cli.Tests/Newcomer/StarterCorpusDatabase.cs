using System.Text.Json;
using System.Text.RegularExpressions;
using Casus.Testing;

namespace Casus.Cli.Tests.Newcomer;

/// <summary>What a newcomer has after the README's first steps: the starter knowledge base, the seed
/// articles and the dev corpus in one database (shared by a test class).</summary>
public sealed class StarterCorpusDatabase : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Lazy<List<(string Id, string Name, List<string> Aliases)>> _actors;

    public StarterCorpusDatabase()
    {
        Path = _dir.File("casus.db");
        // CasusProcess leaves CASUS_NO_STARTER empty: the database is created with the starter facts.
        var run = CasusProcess.Run(Path, "ingest", SharedCorpus.SeedDir, SharedCorpus.DevDir);
        if (run.ExitCode != 0) throw new InvalidOperationException("ingest failed: " + run.Stderr);
        _actors = new(ReadActors);
    }

    public string Path { get; }

    public TempDir Dir => _dir;

    public CasusRun Run(params string[] args) => CasusProcess.Run(Path, args);

    public JsonDocument Json(params string[] args)
    {
        var run = Run([.. args, "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout);
    }

    /// <summary>Every lexicon actor with its name and aliases (<c>casus actors --all --json</c>).</summary>
    public IReadOnlyList<(string Id, string Name, List<string> Aliases)> Actors => _actors.Value;

    /// <summary>Whether a sentence names an actor: its name (any case) or one of its aliases (as written), word-bounded.</summary>
    public bool Names(string sentence, string actorId)
    {
        var actor = Actors.Single(a => a.Id == actorId);
        if (Regex.IsMatch(sentence, $@"(?<!\w){Regex.Escape(actor.Name)}(?!\w)", RegexOptions.IgnoreCase)) return true;
        return actor.Aliases.Any(alias => Regex.IsMatch(sentence, $@"(?<!\w){Regex.Escape(alias.TrimStart('~'))}(?!\w)"));
    }

    /// <summary>Every lexicon actor; a spokesperson's names (data/lexicon/people.tsv) count as the aliases of the
    /// actor he speaks for ("Assad" names the Assad regime), as they do for the extractor.</summary>
    private List<(string Id, string Name, List<string> Aliases)> ReadActors()
    {
        using var json = Json("actors", "--all");
        var actors = json.RootElement.EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString()!, Name: a.GetProperty("name").GetString()!,
                Aliases: a.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!).ToList()))
            .ToList();
        foreach (var line in File.ReadAllLines(System.IO.Path.Combine(SharedCorpus.RepoRoot, "data", "lexicon", "people.tsv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length < 3 || actors.FindIndex(a => a.Id == cells[2]) is var i && i < 0) continue;
            actors[i].Aliases.Add(cells[0]);
            actors[i].Aliases.AddRange(cells[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        return actors;
    }

    public void Dispose() => _dir.Dispose();
}
