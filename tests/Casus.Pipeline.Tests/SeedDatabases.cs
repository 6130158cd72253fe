using Casus.Testing;

namespace Casus.Pipeline.Tests;

/// <summary>Two SQLite databases holding the seed articles, built once per test class: one with the
/// starter knowledge base, one without.</summary>
public sealed class SeedDatabases : IDisposable
{
    private readonly TempDir _dir = new();

    public SeedDatabases()
    {
        WithStarter = Build("starter.db", starter: true);
        SeedOnly = Build("seed.db", starter: false);
    }

    public string WithStarter { get; }

    public string SeedOnly { get; }

    public string Path(bool starter) => starter ? WithStarter : SeedOnly;

    private string Build(string name, bool starter)
    {
        var db = _dir.File(name);
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: starter));
        if (workspace.Ingest([SharedCorpus.SeedDir]).Failed != 0) throw new InvalidOperationException("seed ingest failed");
        return db;
    }

    public void Dispose() => _dir.Dispose();
}
