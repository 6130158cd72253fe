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

    private List<(string Id, string Name, List<string> Aliases)> ReadActors()
    {
        using var json = Json("actors", "--all");
        return json.RootElement.EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("name").GetString()!,
                a.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!).ToList()))
            .ToList();
    }

    public void Dispose() => _dir.Dispose();
}
