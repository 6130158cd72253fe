using System.Text;
using Casus.Core.Actors;
using Casus.Core.Scenarios;
using Casus.Testing;

namespace Casus.Pipeline.Tests;

/// <summary>
/// A server holds the whole knowledge; an ingest adds what it stored to it instead of reloading the
/// database. What the server then answers must be what a fresh process on the same database answers.
/// The articles are fictional sentences about real actors, written for these tests.
/// </summary>
public sealed class ResidentIngestTests(SeedDatabases seeds) : IClassFixture<SeedDatabases>, IDisposable
{
    private const string TreatyArticle = """
        date 2025-06-20
        Turkey signed a defence treaty with Pakistan in Ankara.
        Saudi Arabia condemned Israel over the strikes.
        """;

    // Bhutan and Nepal appear in neither the starter facts nor the seed articles.
    private const string NewActorArticle = """
        date 2025-06-22
        Bhutan signed a trade pact with Nepal.
        Nepal condemned Israel and voiced support for Iran.
        Bhutan stayed on the sidelines.
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_new_article_ingested_into_a_serving_workspace_is_known_as_after_a_reload()
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        var before = server.Knowledge();

        var report = server.Ingest([_dir.Write("treaty.txt", TreatyArticle)]);

        Assert.Equal(1, report.Added);
        Assert.True(server.IsResident, "the server still holds the knowledge: no reload is due");
        var after = server.Knowledge();
        Assert.Equal(before.Claims.Count + report.Items[0].TieClaims, after.Claims.Count);
        Assert.True(report.Items[0].TieClaims > 0, "the article yields ties, so the comparison covers appended claims");
        KnowledgeText.AssertSame(Reloaded(db), after);
    }

    [Fact]
    public void The_same_article_ingested_again_changes_nothing_and_duplicates_nothing()
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        var article = _dir.Write("treaty.txt", TreatyArticle);
        server.Ingest([article]);
        var once = server.Knowledge();

        var again = server.Ingest([article]);

        Assert.Equal((0, 1), (again.Added, again.Existing));
        Assert.Same(once, server.Knowledge()); // nothing rebuilt, so the engine's index is kept too
        KnowledgeText.AssertSame(Reloaded(db), server.Knowledge());
    }

    [Fact]
    public void An_article_naming_actors_without_claims_makes_their_ties_known_as_after_a_reload()
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        var bhutan = server.ResolveActor("Bhutan").Id;
        var nepal = server.ResolveActor("Nepal").Id;
        Assert.Empty(server.Knowledge().ClaimsOf(bhutan));
        Assert.Empty(server.Knowledge().ClaimsOf(nepal));

        var report = server.IngestBytes("upload:new-actors.txt", Encoding.UTF8.GetBytes(NewActorArticle), "text/plain");

        Assert.Equal(1, report.Added);
        Assert.NotEmpty(server.Knowledge().ClaimsOf(nepal));
        Assert.NotEmpty(server.Knowledge().StatesOf(bhutan));
        Assert.Equal("Nepal", server.Knowledge().NameOf(nepal));
        KnowledgeText.AssertSame(Reloaded(db), server.Knowledge());
    }

    [Fact]
    public void Actors_another_writer_stored_meanwhile_are_known_after_the_next_ingest_with_lexicon_names_winning()
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        using (var writer = Fresh(db))
            writer.Store.UpsertActors([
                new Actor(new ActorId("marsh-front"), "Marsh Front", ActorKind.ArmedGroup, ["the Front"], [new ActorId("axis-of-resistance")]),
                new Actor(new ActorId("NPL"), "Kingdom of the Peaks", ActorKind.Bloc, [], []),
            ]);

        server.Ingest([_dir.Write("new-actors.txt", NewActorArticle)]);

        var knowledge = server.Knowledge();
        Assert.Equal("Marsh Front", knowledge.NameOf(new ActorId("marsh-front")));
        Assert.Equal([new ActorId("axis-of-resistance")], knowledge.Ancestors(new ActorId("marsh-front")));
        Assert.Equal("Nepal", knowledge.NameOf(new ActorId("NPL")));
        KnowledgeText.AssertSame(Reloaded(db), knowledge);
    }

    [Fact]
    public void Dated_views_after_an_ingest_hold_the_new_claims_as_a_reload_would()
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        var day = new DateOnly(2025, 6, 25);
        var heldBefore = server.Knowledge(day);

        server.Ingest([_dir.Write("new-actors.txt", NewActorArticle)]);

        var view = server.Knowledge(day);
        Assert.NotSame(heldBefore, view);
        Assert.True(view.Claims.Count > heldBefore.Claims.Count, "the new claims hold on the day");
        using var fresh = Fresh(db);
        KnowledgeText.AssertSame(fresh.Knowledge(day), view);
    }

    [Theory]
    [InlineData("Iran", "Israel", "Pakistan", null)]
    [InlineData("Iran", "Israel", "Nepal", "2025-06-25")]
    [InlineData("Israel", "Iran", "Turkey", "2025-06-21")]
    public void A_scenario_after_an_ingest_gives_the_verdicts_of_a_fresh_reload(string target, string attacker, string joiner, string? asOf)
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        var scenario = new Scenario(server.ResolveActor(target).Id, [server.ResolveActor(attacker).Id], [server.ResolveActor(joiner).Id],
            asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        var beforeIngest = ScenarioText.Describe(server.RunScenario(scenario));

        server.Ingest([_dir.Write("treaty.txt", TreatyArticle), _dir.Write("new-actors.txt", NewActorArticle)]);

        var served = ScenarioText.Describe(server.RunScenario(scenario));
        using var fresh = Fresh(db);
        fresh.Prepare();
        Assert.Equal(ScenarioText.Describe(fresh.RunScenario(scenario)), served);
        Assert.NotEqual(beforeIngest, served); // the articles change the answer, so the comparison covers them
    }

    [Fact]
    public void A_failed_upload_leaves_the_served_knowledge_as_it_was()
    {
        var db = CopyOfSeeds();
        using var server = Serving(db);
        var before = server.Knowledge();

        var report = server.IngestBytes("upload:broken.txt", [0x89, 0x50, 0x4E, 0x47, 0, 1], "text/plain");

        Assert.Equal(1, report.Failed);
        Assert.Same(before, server.Knowledge());
    }

    [Fact]
    public void An_ingest_without_knowledge_held_leaves_the_loading_to_the_next_read()
    {
        var db = CopyOfSeeds();
        using var cli = Fresh(db);
        cli.Ingest([_dir.Write("treaty.txt", TreatyArticle)]);
        Assert.False(cli.IsResident);
        KnowledgeText.AssertSame(Reloaded(db), cli.Knowledge());
    }

    private CasusWorkspace Serving(string db)
    {
        var server = Fresh(db);
        server.Prepare(); // what WorkspaceBackend does at start
        return server;
    }

    private static CasusWorkspace Fresh(string db) => CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));

    private static Casus.Core.Knowledge.KnowledgeBase Reloaded(string db)
    {
        using var fresh = Fresh(db);
        return fresh.Knowledge();
    }

    /// <summary>Each test writes to its own copy of the seeded starter database (the fixture's stays as built).</summary>
    private string CopyOfSeeds()
    {
        var copy = _dir.File($"served-{Guid.NewGuid():N}.db");
        File.Copy(seeds.WithStarter, copy);
        return copy;
    }
}
