using System.Net;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

public class ReadEndpointTests
{
    [Fact]
    public async Task Actor_search_finds_by_alias_and_ranks_exact_matches_first()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var byAlias = await (await server.Client.GetAsync("api/actors?q=the%20reds")).Json(HttpStatusCode.OK);
        Assert.Equal("red-militia", byAlias[0].GetProperty("id").GetString());
        Assert.Equal("armed_group", byAlias[0].GetProperty("kind").GetString());
        var all = await (await server.Client.GetAsync("api/actors")).Json(HttpStatusCode.OK);
        Assert.DoesNotContain(all.EnumerateArray(), a => a.GetProperty("id").GetString() == "LON");
        var none = await (await server.Client.GetAsync("api/actors?q=nowhere")).Json(HttpStatusCode.OK);
        Assert.Empty(none.EnumerateArray());
    }

    [Fact]
    public async Task One_actor_by_name_and_unknown_actor_is_404_with_its_name()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var zembla = await (await server.Client.GetAsync("api/actors/zemblan")).Json(HttpStatusCode.OK);
        Assert.Equal("ZMB", zembla.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(2, zembla.GetProperty("ties").GetInt32());
        await (await server.Client.GetAsync("api/actors/Atlantis")).Problem(HttpStatusCode.NotFound, "unknown actor 'Atlantis'");
    }

    [Fact]
    public async Task Ties_follow_the_as_of_date()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var early = await (await server.Client.GetAsync("api/ties/Zembla?as_of=2031-04-01")).Json(HttpStatusCode.OK);
        var late = await (await server.Client.GetAsync("api/ties/Zembla?as_of=2031-06-01")).Json(HttpStatusCode.OK);
        Assert.Equal(["treaty"], early.GetProperty("ties").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(2, late.GetProperty("ties").GetArrayLength());
        Assert.Contains(late.GetProperty("network").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "BRD");
    }

    [Fact]
    public async Task Ties_with_a_limit_keep_the_strongest_partners_draw_only_them_and_say_how_many_were_left_out()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        // Zembla has one claim with each of Ardania and Borduria: equal strength, so the name decides.
        var one = await (await server.Client.GetAsync("api/ties/Zembla?limit=1")).Json(HttpStatusCode.OK);
        Assert.Equal(["ARD"], one.GetProperty("ties").EnumerateArray().Select(t => t.GetProperty("target").GetString()));
        Assert.Equal(["ARD", "ZMB"], one.GetProperty("network").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(1, one.GetProperty("limit").GetInt32());
        Assert.Equal(2, one.GetProperty("total_partners").GetInt32());
        Assert.Equal(1, one.GetProperty("omitted_partners").GetInt32());
        Assert.Equal(2, one.GetProperty("total_ties").GetInt32());
        Assert.Equal(1, one.GetProperty("omitted_ties").GetInt32());
    }

    [Fact]
    public async Task Ties_without_a_limit_are_unchanged_and_a_limit_above_the_partner_count_adds_only_the_counts()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var plain = await (await server.Client.GetAsync("api/ties/Ardania")).Json(HttpStatusCode.OK);
        var empty = await (await server.Client.GetAsync("api/ties/Ardania?limit=")).Json(HttpStatusCode.OK);
        var huge = await (await server.Client.GetAsync("api/ties/Ardania?limit=99999999999999")).Json(HttpStatusCode.OK);
        Assert.False(plain.TryGetProperty("limit", out _), "without limit the answer carries no limit fields");
        Assert.Equal(plain.GetRawText(), empty.GetRawText());
        Assert.Equal(0, huge.GetProperty("omitted_partners").GetInt32());
        Assert.Equal(plain.GetProperty("ties").GetRawText(), huge.GetProperty("ties").GetRawText());
        Assert.Equal(plain.GetProperty("network").GetRawText(), huge.GetProperty("network").GetRawText());
    }

    [Theory]
    [InlineData("api/ties/Zembla?limit=0", "limit: '0' is less than 1 (leave the limit out for every partner)")]
    [InlineData("api/ties/Zembla?limit=-3", "limit: '-3' is less than 1")]
    [InlineData("api/ties/Zembla?limit=few", "limit: 'few' is not a whole number (the number of partners to keep)")]
    [InlineData("api/ties/Zembla?limit=2.5", "not a whole number")]
    [InlineData("api/ties/Zembla?as_of=2031-13-01", "as_of: '2031-13-01' is not a date")]
    [InlineData("api/ties/Zembla?as_of=yesterday", "expected YYYY-MM-DD")]
    [InlineData("api/ties/Atlantis", "unknown actor 'Atlantis'")]
    [InlineData("api/evidence?a=Zembla", "b: missing")]
    [InlineData("api/evidence?a=Zembla&b=Atlantis", "unknown actor")]
    public async Task Bad_read_input_is_400_naming_the_parameter(string url, string detail)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        await (await server.Client.GetAsync(url)).Problem(HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Evidence_between_two_actors_quotes_the_sentence_with_outlet_and_date()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var body = await (await server.Client.GetAsync("api/evidence?a=Ardania&b=Zembla")).Json(HttpStatusCode.OK);
        var evidence = body.GetProperty("ties")[0].GetProperty("claims")[0].GetProperty("evidence");
        Assert.Equal("Zembla and Ardania signed a pact in May.", evidence.GetProperty("sentence").GetString());
        Assert.Equal("The Daily Fiction", evidence.GetProperty("outlet").GetString());
        Assert.Equal("2031-03-04", evidence.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Info_reports_date_range_and_write_policy()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var info = await (await server.Client.GetAsync("api/info")).Json(HttpStatusCode.OK);
        Assert.Equal("2031-03-04", info.GetProperty("first_date").GetString());
        Assert.Equal("2031-05-09", info.GetProperty("last_date").GetString());
        Assert.False(info.GetProperty("writes_need_token").GetBoolean());
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var doc = await (await server.Client.GetAsync("openapi/v1.json")).Json(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/actors", "/api/actors/{id}", "/api/ties/{actor}", "/api/evidence", "/api/scenario", "/api/brief", "/api/documents", "/api/export/{format}" })
            Assert.Contains(path, paths);
        Assert.True(doc.GetProperty("paths").GetProperty("/api/scenario").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Unknown_path_and_wrong_method_are_problem_details()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        await (await server.Client.GetAsync("api/nothing-here")).Problem(HttpStatusCode.NotFound, "api/nothing-here");
        await (await server.Client.DeleteAsync("api/actors")).Problem(HttpStatusCode.MethodNotAllowed, "DELETE");
    }

    [Fact]
    public async Task Pages_and_vendored_cytoscape_are_served_with_a_strict_content_security_policy()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        foreach (var path in new[] { "", "scenario.html", "lib/cytoscape.min.js", "js/explorer.js", "css/site.css" })
        {
            var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
        var index = await server.Client.GetStringAsync("");
        Assert.DoesNotContain("http://", index, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", index, StringComparison.Ordinal);
    }
}
