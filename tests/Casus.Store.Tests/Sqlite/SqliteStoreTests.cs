using Casus.Store.Sqlite;
using Casus.Testing;

namespace Casus.Store.Tests.Sqlite;

public sealed class SqliteStoreTests : StoreConformance
{
    private readonly TempDir _dir = new();

    protected override ICasusStore OpenStore() => new SqliteStore(_dir.File("nested/dir/casus.db"));

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Database_file_uses_write_ahead_logging()
    {
        using var store = OpenStore();
        store.AddDocument(StoreFixtures.Doc("A fictional note for the log."), [], []);
        Assert.True(File.Exists(_dir.File("nested/dir/casus.db-wal")));
    }

    [Fact]
    public void Opening_a_file_that_is_not_a_database_is_an_input_error()
    {
        var path = _dir.Write("junk.db", "this is not sqlite at all, just some words to fill a page");
        var error = Assert.Throws<Casus.Core.InputException>(() => StoreLocation.Open(path, out _));
        Assert.Contains("junk.db", error.Message);
    }
}
