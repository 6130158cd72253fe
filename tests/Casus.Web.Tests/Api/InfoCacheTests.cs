using System.Net;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Web.Api;
using Casus.Web.Hosting;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

public class InfoCacheTests
{
    [Fact]
    public async Task Info_counts_what_is_stored_and_moves_on_after_an_ingest()
    {
        var backend = new FictionalBackend();
        await using var server = await RunningServer.Start(backend);
        var kb = backend.Knowledge(null);
        var before = await (await server.Client.GetAsync("api/info")).Json(HttpStatusCode.OK);
        Assert.Equal(kb.Actors.Count, before.GetProperty("actors").GetInt32());
        Assert.Equal(kb.Claims.Count, before.GetProperty("tie_claims").GetInt32());
        Assert.Equal(kb.States.Count, before.GetProperty("state_claims").GetInt32());
        Assert.Equal("2031-05-09", before.GetProperty("last_date").GetString());

        await server.Client.PostAsync("api/documents", new StringContent("Zembla pledges aid to Ardania.", Encoding.UTF8, "text/markdown"));
        var after = await (await server.Client.GetAsync("api/info")).Json(HttpStatusCode.OK);
        Assert.Equal(kb.Claims.Count + 1, after.GetProperty("tie_claims").GetInt32());
        Assert.Equal("2031-06-01", after.GetProperty("last_date").GetString());
        Assert.Equal(before.GetProperty("first_date").GetString(), after.GetProperty("first_date").GetString());
    }

    [Fact]
    public async Task Info_says_when_the_database_was_read_under_older_data()
    {
        await using (var current = await RunningServer.Start(new FictionalBackend()))
        {
            var info = await (await current.Client.GetAsync("api/info")).Json(HttpStatusCode.OK);
            Assert.False(info.GetProperty("data_behind").GetBoolean());
            Assert.Equal(info.GetProperty("data_version").GetString(), info.GetProperty("stored_data_version").GetString());
        }
        await using var behind = await RunningServer.Start(new OlderDataBackend(new FictionalBackend()));
        var stale = await (await behind.Client.GetAsync("api/info")).Json(HttpStatusCode.OK);
        Assert.True(stale.GetProperty("data_behind").GetBoolean());
        Assert.Equal("2000.01.01.1", stale.GetProperty("stored_data_version").GetString());
    }

    [Fact]
    public void Info_reads_the_knowledge_once_per_generation_not_per_request()
    {
        var backend = new CountingBackend(new FictionalBackend());
        var cache = new InfoCache();
        var first = cache.Get(backend);
        Assert.Same(first, cache.Get(backend));
        Assert.Equal(1, backend.KnowledgeReads);

        backend.Ingest("upload.txt", Encoding.UTF8.GetBytes("Zembla pledges aid to Ardania."), "text/plain");
        var second = cache.Get(backend);
        Assert.Equal(2, backend.KnowledgeReads);
        Assert.Equal(first.TieClaims + 1, second.TieClaims);
        Assert.Same(second, cache.Get(backend));
    }

    [Fact]
    public void Counts_of_knowledge_without_dated_evidence_have_no_date_range()
    {
        var counts = KnowledgeCounts.Of(new KnowledgeBase([], [], []));
        Assert.Equal(new KnowledgeCounts(0, 0, 0, null, null), counts);
    }

    /// <summary>Passes every call through and counts how often the whole knowledge is read.</summary>
    private sealed class CountingBackend(ICasusBackend inner) : ICasusBackend
    {
        public int KnowledgeReads { get; private set; }

        public string DataVersion => inner.DataVersion;

        public long Generation => inner.Generation;

        public Actor ResolveActor(string nameOrAlias) => inner.ResolveActor(nameOrAlias);

        public KnowledgeBase Knowledge(DateOnly? asOf)
        {
            KnowledgeReads++;
            return inner.Knowledge(asOf);
        }

        public ScenarioResult RunScenario(Scenario scenario) => inner.RunScenario(scenario);
        public Casus.Pipeline.KnownByRun RunScenario(Scenario scenario, DateOnly knownBy) => inner.RunScenario(scenario, knownBy);

        public IReadOnlyList<IngestedDocument> Ingest(string origin, byte[] bytes, string? contentType) => inner.Ingest(origin, bytes, contentType);
    }

    /// <summary>A database whose articles were read under an older data release.</summary>
    private sealed class OlderDataBackend(ICasusBackend inner) : ICasusBackend
    {
        public string DataVersion => inner.DataVersion;

        public string? StoredDataVersion => "2000.01.01.1";

        public long Generation => inner.Generation;

        public Actor ResolveActor(string nameOrAlias) => inner.ResolveActor(nameOrAlias);

        public KnowledgeBase Knowledge(DateOnly? asOf) => inner.Knowledge(asOf);

        public ScenarioResult RunScenario(Scenario scenario) => inner.RunScenario(scenario);

        public Casus.Pipeline.KnownByRun RunScenario(Scenario scenario, DateOnly knownBy) => inner.RunScenario(scenario, knownBy);

        public IReadOnlyList<IngestedDocument> Ingest(string origin, byte[] bytes, string? contentType) => inner.Ingest(origin, bytes, contentType);
    }
}
