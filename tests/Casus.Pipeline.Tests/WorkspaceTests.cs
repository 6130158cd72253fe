using Casus.Testing;

namespace Casus.Pipeline.Tests;

public sealed class WorkspaceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Database_created_without_the_starter_stays_without_it()
    {
        var db = _dir.File("no-starter.db");
        using (var first = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false)))
            Assert.Equal(0, first.Store.Counts().Documents);
        using var second = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: true));
        Assert.Equal("omitted", second.Store.GetMeta("starter"));
        Assert.Equal(0, second.Store.Counts().Documents);
    }

    [Fact]
    public void New_database_records_that_the_starter_was_loaded_with_the_data_version()
    {
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(_dir.File("starter.db")));
        Assert.Equal("loaded " + workspace.DataVersion, workspace.Store.GetMeta("starter"));
        Assert.True(workspace.Store.Counts().TieClaims > 0, "the starter facts are in the new database");
        Assert.NotEmpty(workspace.Knowledge().ClaimsOf(workspace.ResolveActor("Iran").Id));
    }

    [Fact]
    public void Data_version_is_the_shipped_data_VERSION_file()
    {
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(_dir.File("v.db"), LoadStarter: false));
        Assert.Equal(File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "data", "VERSION")).Trim(), workspace.DataVersion);
    }

    [Fact]
    public void Database_folder_is_created_when_missing()
    {
        var db = _dir.File("a/b/c/casus.db");
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        Assert.True(File.Exists(db));
        Assert.EndsWith(db, workspace.Store.Location);
    }

    [Fact]
    public void Default_database_lives_under_the_user_data_folder()
    {
        var path = WorkspaceOptions.DefaultDbPath();
        Assert.EndsWith(Path.Combine("casus", "casus.db"), path);
        Assert.True(Path.IsPathRooted(path));
        Assert.Equal("x.db", WorkspaceOptions.ResolveDb("x.db"));
    }
}
