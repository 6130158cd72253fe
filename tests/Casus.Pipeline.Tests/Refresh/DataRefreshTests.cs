using Casus.Core.Claims;
using Casus.Pipeline.Refresh;
using Casus.Testing;

namespace Casus.Pipeline.Tests.Refresh;

public sealed class DataRefreshTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _olderData;

    public DataRefreshTests() => _olderData = OlderData.Write(_dir);

    public void Dispose() => _dir.Dispose();

    private string ArticleFile() => _dir.Write("gazette.txt", OlderData.Article);

    /// <summary>A database created and fed by the older release.</summary>
    private string OlderDatabase(string name, bool starter)
    {
        var db = _dir.File(name);
        using var older = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: starter, DataDir: _olderData));
        Assert.Equal(1, older.Ingest([ArticleFile()]).Added);
        return db;
    }

    private CasusWorkspace Open(string db) => CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));

    private string OnlyArticleId(CasusWorkspace workspace) =>
        workspace.Store.Documents().Single(d => !d.Origin.StartsWith("starter:", StringComparison.Ordinal)).Id;

    [Fact]
    public void Article_extracted_with_an_older_lexicon_gets_the_claims_the_current_lexicon_finds()
    {
        var db = OlderDatabase("older.db", starter: false);
        using var fresh = Open(_dir.File("fresh.db"));
        fresh.Ingest([ArticleFile()]);
        var current = fresh.Store.GetDocumentWithClaims(OnlyArticleId(fresh))!;
        Assert.Contains(current.Ties, t => t.Source.Value == "PAK");

        using var workspace = Open(db);
        var id = OnlyArticleId(workspace);
        var before = workspace.Store.GetDocumentWithClaims(id)!;
        Assert.DoesNotContain(before.Ties, t => t.Source.Value == "PAK");
        Assert.Equal(OlderData.Version, workspace.StoredDataVersion);

        var report = workspace.Refresh();

        Assert.Equal(1, report.DocumentsReextracted);
        Assert.Equal(before.Ties.Count + before.States.Count, report.ClaimsBefore);
        Assert.Equal(current.Ties.Count + current.States.Count, report.ClaimsAfter);
        var after = workspace.Store.GetDocumentWithClaims(id)!;
        Assert.Equal(before.Document, after.Document);
        AssertSameClaims(current, after);
        Assert.All(after.Ties, t => Assert.Equal(workspace.DataVersion, t.Evidence.LexiconVersion));
        Assert.Equal(workspace.DataVersion, workspace.StoredDataVersion);
        Assert.Contains(workspace.Knowledge().ClaimsOf(workspace.ResolveActor("Pakistan").Id), t => t.Type == TieType.Treaty);
    }

    [Fact]
    public void Second_refresh_changes_nothing()
    {
        var db = OlderDatabase("twice.db", starter: true);
        using var workspace = Open(db);
        Assert.False(workspace.Refresh().NothingChanged);
        var knowledge = workspace.Store.LoadKnowledge([]);

        var second = workspace.Refresh();

        Assert.True(second.NothingChanged, second.ToString());
        Assert.Equal(new StarterChanges(0, 0, 0), second.Starter);
        var again = workspace.Store.LoadKnowledge([]);
        Assert.Equal(knowledge.Claims.Select(Unlisted), again.Claims.Select(Unlisted));
        Assert.Equal(knowledge.States, again.States);
    }

    [Fact]
    public void Starter_sources_missing_reworded_corrected_or_withdrawn_are_brought_to_what_a_new_database_holds()
    {
        var db = OlderDatabase("starter.db", starter: true);
        using var fresh = CasusWorkspace.Open(new WorkspaceOptions(_dir.File("fresh-starter.db")));
        fresh.Ingest([ArticleFile()]);
        using var workspace = Open(db);
        Assert.NotEqual(Ids(fresh), Ids(workspace));

        var report = workspace.Refresh();

        Assert.Equal(new StarterChanges(Added: 1, Replaced: 2, Removed: 1), report.Starter);
        Assert.Equal(Ids(fresh), Ids(workspace));
        Assert.Equal(fresh.Store.Counts(), workspace.Store.Counts());
        Assert.Equal("loaded " + workspace.DataVersion, workspace.Store.GetMeta("starter"));
    }

    [Fact]
    public void Database_created_without_the_starter_gets_none_from_a_refresh()
    {
        var db = OlderDatabase("bare.db", starter: false);
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: true));

        var report = workspace.Refresh();

        Assert.Null(report.Starter);
        Assert.Equal(1, workspace.Store.Counts().Documents);
        Assert.Equal("omitted", workspace.Store.GetMeta("starter"));
    }

    [Fact]
    public void New_database_is_already_up_to_date()
    {
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(_dir.File("new.db")));
        workspace.Ingest([ArticleFile()]);
        Assert.Equal(workspace.DataVersion, workspace.StoredDataVersion);
        var counts = workspace.Store.Counts();

        var report = workspace.Refresh();

        Assert.True(report.NothingChanged, report.ToString());
        Assert.Equal(counts, workspace.Store.Counts());
    }

    private static SortedSet<string> Ids(CasusWorkspace workspace) =>
        new(workspace.Store.Documents().Select(d => d.Id), StringComparer.Ordinal);

    private static void AssertSameClaims(Store.DocumentWithClaims expected, Store.DocumentWithClaims actual)
    {
        Assert.Equal(expected.Ties.Select(Unlisted), actual.Ties.Select(Unlisted));
        Assert.Equal(expected.Ties.Select(t => string.Join(",", t.ClauseList)), actual.Ties.Select(t => string.Join(",", t.ClauseList)));
        Assert.Equal(expected.States, actual.States);
    }

    // Records compare lists by reference; clauses are compared separately.
    private static TieClaim Unlisted(TieClaim claim) => claim with { Clauses = null };
}
