using Casus.Core;
using Casus.Store.Tests;
using static Casus.Store.Tests.StoreFixtures;

namespace Casus.Store.Postgres.Tests;

/// <summary>The store conformance suite against PostgreSQL, plus what only a server store promises.</summary>
public sealed class PostgresStoreTests : StoreConformance
{
    private readonly PostgresTestDatabase _database = new();

    protected override ICasusStore OpenStore() => new PostgresStore(_database.ConnectionString);

    public override void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void Schema_is_created_once_when_many_stores_open_a_new_database_at_once()
    {
        var stores = new PostgresStore[6];
        Parallel.For(0, stores.Length, i => stores[i] = new PostgresStore(_database.ConnectionString));
        try
        {
            Assert.Single(stores, s => s.Created);
            Assert.Equal("1", stores[0].GetMeta("schema_version"));
        }
        finally
        {
            foreach (var s in stores) s?.Dispose();
        }
    }

    [Fact]
    public void Batch_of_documents_stores_only_the_new_ones_with_their_claims()
    {
        var store = Store();
        var a = Doc("A fictional batch report one.");
        var b = Doc("A fictional batch report two.");
        store.AddDocument(a, [Treaty(a)], []);
        var added = store.AddDocuments([new(a, [Treaty(a)], []), new(b, [Treaty(b), Threat(b)], [Size(b)]), new(b, [Treaty(b)], [])]);
        Assert.Equal(1, added);
        Assert.Equal(new StoreCounts(2, 3, 1, 0), store.Counts());
    }

    [Fact]
    public void Ties_of_one_actor_come_from_the_index_without_loading_the_rest()
    {
        var store = (PostgresStore)Store();
        var doc = Doc("Freedonia, Sylvania and the militia.");
        store.AddDocument(doc, [Treaty(doc), Threat(doc)], []);
        Assert.Equal(2, store.TieClaimsOf(Freedonia).Count);
        Assert.Single(store.TieClaimsOf(Sylvania));
        Assert.Empty(store.TieClaimsOf(new Casus.Core.Actors.ActorId("nobody")));
    }

    [Theory]
    [InlineData("postgres://casus:secret@127.0.0.1:1/nowhere")]
    [InlineData("Host=127.0.0.1;Port=1;Username=casus;Password=secret;Database=nowhere;Timeout=2")]
    public void Unreachable_server_is_one_clear_error_without_the_password(string db)
    {
        var error = Assert.Throws<InputException>(() => new PostgresStore(db));
        Assert.Contains("cannot connect", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Url_and_key_value_connection_strings_mean_the_same_server()
    {
        var fromUrl = PostgresConnectionString.Normalise("postgres://u%40x:p%3Aw@db.example:6543/casus?sslmode=disable");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(fromUrl);
        Assert.Equal(("db.example", 6543, "u@x", "p:w", "casus"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
    }
}
