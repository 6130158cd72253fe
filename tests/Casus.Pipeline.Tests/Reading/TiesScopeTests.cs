using System.Globalization;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Present.Json;
using Casus.Testing;

namespace Casus.Pipeline.Tests.Reading;

/// <summary>
/// <c>casus ties ACTOR</c> reads only the actor's part of the database; its JSON answer (ties,
/// states and the network around the actor) must be byte for byte the one the whole knowledge gives.
/// </summary>
public sealed class TiesScopeTests(SeedDatabases seeds) : IClassFixture<SeedDatabases>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(true, "Iran", null)]
    [InlineData(true, "Iran", "2024-06-01")]
    [InlineData(true, "Russia", "2025-06-21")]
    [InlineData(true, "Hezbollah", "2020-01-01")]
    [InlineData(true, "United States", "2025-06-21")]
    [InlineData(false, "Iran", "2025-06-21")]
    [InlineData(false, "Pakistan", null)]
    [InlineData(false, "Kata'ib Hezbollah", "2025-06-21")]
    public void Seed_ties_json_read_for_one_actor_equals_the_json_from_the_whole_knowledge(bool starter, string name, string? asOf)
    {
        var date = asOf is null ? (DateOnly?)null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture);
        using var scopedSide = CasusWorkspace.Open(new WorkspaceOptions(seeds.Path(starter), LoadStarter: starter));
        var actor = scopedSide.ResolveActor(name).Id;
        var scoped = scopedSide.TiesKnowledge(actor, date);
        Assert.False(scopedSide.IsResident);

        using var fullSide = CasusWorkspace.Open(new WorkspaceOptions(seeds.Path(starter), LoadStarter: starter));
        var full = fullSide.Knowledge(date);

        Assert.NotEmpty(full.TiesOf(actor).Concat(fullSide.Knowledge().TiesOf(actor)));
        Assert.True(scoped.Claims.Count < full.Claims.Count || full.Claims.Count == 0, "the slice should not be the whole database");
        Assert.Equal(Json(full, actor, date), Json(scoped, actor, date));
        Assert.Same(fullSide.Knowledge(date), fullSide.TiesKnowledge(actor, date)); // resident: reused, not re-read
    }

    [Fact]
    public void Dated_network_ties_read_for_one_actor_equal_the_whole_knowledge_on_every_date()
    {
        var db = _dir.File("dated.db");
        using (var build = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false))) DatedNetwork.WriteTo(build.Store);
        using var scopedSide = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        using var fullSide = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        ActorId[] actors = [DatedNetwork.State(0), DatedNetwork.State(15), new("front"), new("bloc-south")];
        foreach (var actor in actors)
            foreach (var date in DatedNetwork.AsOfDates)
            {
                var full = fullSide.Knowledge(date);
                Assert.True(Json(full, actor, date) == Json(scopedSide.TiesKnowledge(actor, date), actor, date), $"{actor} as of {date}");
                // The tree reads no neighbourhood, but the actor's own ties and states are all there.
                var own = scopedSide.TiesKnowledge(actor, date, withNeighbourhood: false);
                Assert.Equal(Describe(full.TiesOf(actor)), Describe(own.TiesOf(actor)));
                Assert.Equal(full.StatesOf(actor), own.StatesOf(actor));
            }
    }

    [Fact]
    public void Limited_ties_json_read_for_one_actor_equals_the_limited_json_from_the_whole_knowledge_and_reads_less()
    {
        var db = _dir.File("dated-limited.db");
        using (var build = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false))) DatedNetwork.WriteTo(build.Store);
        using var scopedSide = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        using var fullSide = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
        ActorId[] actors = [DatedNetwork.State(0), DatedNetwork.State(15), new("front"), new("bloc-south")];
        var readLess = 0;
        foreach (var actor in actors)
            foreach (var date in DatedNetwork.AsOfDates)
                foreach (var limit in new[] { 1, 2, 5 })
                {
                    var scoped = scopedSide.TiesKnowledge(actor, date, limit: limit);
                    Assert.True(Json(fullSide.Knowledge(date), actor, date, limit) == Json(scoped, actor, date, limit), $"{actor} as of {date}, limit {limit}");
                    var unlimited = scopedSide.TiesKnowledge(actor, date).Claims.Count;
                    Assert.True(scoped.Claims.Count <= unlimited, "a limit never reads more");
                    if (scoped.Claims.Count < unlimited) readLess++;
                }
        Assert.True(readLess > 0, "the left-out partners' ties among themselves are not read");
    }

    /// <summary>Ties with their claims in order (clause lists by content: records compare lists by reference).</summary>
    private static List<string> Describe(IReadOnlyList<Tie> ties) =>
        ties.SelectMany(t => t.Claims.Select(c => (c with { Clauses = null }) + " [" + string.Join(",", c.ClauseList) + "]")).ToList();

    private static string Json(KnowledgeBase knowledge, ActorId actor, DateOnly? date, int? limit = null)
    {
        using var buffer = new MemoryStream();
        TiesJson.Write(knowledge, actor, date, buffer, limit: limit);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
