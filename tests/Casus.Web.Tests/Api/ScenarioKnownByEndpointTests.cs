using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

/// <summary><c>known_by</c>: the scenario judged only on articles published by a date. The fictional
/// record has Zembla's pact (March 2031); a later upload (June 2031) adds Zembla's promised support.</summary>
public class ScenarioKnownByEndpointTests
{
    private const string LateSentence = "Zembla pledges field hospitals to Ardania.";

    private static FictionalBackend WithLateArticle()
    {
        var backend = new FictionalBackend();
        backend.Ingest("late-note.txt", Encoding.UTF8.GetBytes(LateSentence), "text/plain");
        return backend;
    }

    private static JsonElement Zembla(JsonElement body) =>
        body.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("actor_id").GetString() == "ZMB");

    [Fact]
    public async Task Known_by_before_a_later_article_leaves_its_claim_out_of_verdict_and_citations()
    {
        await using var server = await RunningServer.Start(WithLateArticle());
        // The world on 1 June, as it could be read on 31 May (the June article not yet out) and on 1 June.
        var then = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria&as_of=2031-06-01&known_by=2031-05-31")).Json(HttpStatusCode.OK);
        var now = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria&as_of=2031-06-01&known_by=2031-06-01")).Json(HttpStatusCode.OK);

        Assert.Equal("2031-05-31", then.GetProperty("known_by").GetString());
        Assert.Equal(1, then.GetProperty("withheld_claims").GetInt32());
        Assert.DoesNotContain(LateSentence, then.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(LateSentence, now.GetRawText(), StringComparison.Ordinal);
        Assert.True(Zembla(now).GetProperty("level").GetInt32() > Zembla(then).GetProperty("level").GetInt32());
        Assert.Equal(0, now.GetProperty("withheld_claims").GetInt32());
    }

    [Fact]
    public async Task Known_by_without_as_of_is_also_the_as_of_date()
    {
        await using var server = await RunningServer.Start(WithLateArticle());
        var body = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria&known_by=2031-05-31")).Json(HttpStatusCode.OK);
        Assert.Equal("2031-05-31", body.GetProperty("scenario").GetProperty("as_of").GetString());
        Assert.DoesNotContain(LateSentence, body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posted_known_by_gives_the_same_answer_as_the_query()
    {
        await using var server = await RunningServer.Start(WithLateArticle());
        var post = await (await server.Client.PostAsJsonAsync("api/scenario",
            new { target = "Ardania", attackers = new[] { "Borduria" }, known_by = "2031-05-31" })).Content.ReadAsStringAsync();
        var get = await server.Client.GetStringAsync("api/scenario?target=Ardania&against=Borduria&known_by=2031-05-31");
        Assert.Equal(get, post);
        Assert.Contains("\"known_by\":\"2031-05-31\"", post, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_by_answer_is_cached_apart_from_the_plain_one()
    {
        await using var server = await RunningServer.Start(WithLateArticle());
        var plainFirst = await server.Client.GetStringAsync("api/scenario?target=Ardania&against=Borduria&as_of=2031-06-01");
        var narrowed = await server.Client.GetStringAsync("api/scenario?target=Ardania&against=Borduria&as_of=2031-06-01&known_by=2031-04-01");
        var plainAgain = await server.Client.GetStringAsync("api/scenario?target=Ardania&against=Borduria&as_of=2031-06-01");

        Assert.Equal(plainFirst, plainAgain);
        Assert.DoesNotContain("known_by", plainFirst, StringComparison.Ordinal);
        Assert.Contains("\"known_by\":\"2031-04-01\"", narrowed, StringComparison.Ordinal);
        Assert.DoesNotContain(LateSentence, narrowed, StringComparison.Ordinal);
        Assert.Contains(LateSentence, plainAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_with_known_by_says_so_and_does_not_cite_the_later_article()
    {
        await using var server = await RunningServer.Start(WithLateArticle());
        var md = await server.Client.GetStringAsync("api/brief?target=Ardania&against=Borduria&format=md&as_of=2031-06-01&known_by=2031-05-31");
        Assert.Contains("knowing only what was published by 2031-05-31 (1 claim withheld)", md, StringComparison.Ordinal);
        Assert.DoesNotContain(LateSentence, md, StringComparison.Ordinal);
        var plain = await server.Client.GetStringAsync("api/brief?target=Ardania&against=Borduria&format=md");
        Assert.DoesNotContain("knowing only", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/scenario?target=Ardania&against=Borduria&known_by=2031-13-01")]
    [InlineData("api/brief?target=Ardania&against=Borduria&known_by=yesterday")]
    public async Task Bad_known_by_query_is_400_naming_the_parameter(string url)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        await (await server.Client.GetAsync(url)).Problem(HttpStatusCode.BadRequest, "known_by:");
    }

    [Fact]
    public async Task Bad_known_by_in_body_is_400()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var response = await server.Client.PostAsync("api/scenario", new StringContent(
            "{\"target\":\"Ardania\",\"attackers\":[\"Borduria\"],\"known_by\":\"2031-02-30\"}", Encoding.UTF8, "application/json"));
        await response.Problem(HttpStatusCode.BadRequest, "known_by: '2031-02-30' is not a date");
    }
}
