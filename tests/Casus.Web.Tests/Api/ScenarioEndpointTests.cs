using System.Net;
using System.Net.Http.Json;
using System.Text;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

public class ScenarioEndpointTests
{
    [Fact]
    public async Task Posted_scenario_returns_the_contract_with_verdicts_and_cited_factors()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var response = await server.Client.PostAsJsonAsync("api/scenario",
            new { target = "Ardania", attackers = new[] { "Borduria" }, joiners = new[] { "Carpathia" }, as_of = "2031-06-01" });
        var body = await response.Json(HttpStatusCode.OK);
        Assert.Equal("ARD", body.GetProperty("scenario").GetProperty("target").GetString());
        Assert.Equal("CRP", body.GetProperty("scenario").GetProperty("joiners")[0].GetString());
        var zembla = body.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("actor_id").GetString() == "ZMB");
        Assert.Equal(6, zembla.GetProperty("probabilities").GetArrayLength());
        Assert.Equal(2, zembla.GetProperty("level").GetInt32());
        var quote = zembla.GetProperty("factors")[0].GetProperty("evidence")[0];
        Assert.Equal("Zembla and Ardania signed a pact in May.", quote.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task Get_permalink_query_gives_the_same_verdicts_as_post()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var post = await (await server.Client.PostAsJsonAsync("api/scenario",
            new { target = "Ardania", attackers = new[] { "Borduria" }, joiners = new[] { "Carpathia" } })).Content.ReadAsStringAsync();
        var get = await server.Client.GetStringAsync("api/scenario?target=Ardania&against=Borduria&joins=Carpathia");
        Assert.Equal(post, get);
    }

    [Theory]
    [InlineData("{\"attackers\":[\"Borduria\"]}", "target: missing")]
    [InlineData("{\"target\":\"Ardania\"}", "attackers: missing")]
    [InlineData("{\"target\":\"Atlantis\",\"attackers\":[\"Borduria\"]}", "unknown actor 'Atlantis'")]
    [InlineData("{\"target\":\"Ardania\",\"attackers\":[\"Borduria\"],\"as_of\":\"2031-02-30\"}", "as_of: '2031-02-30' is not a date")]
    [InlineData("{\"target\":\"Ardania\",\"attackers\":[\"Ardania\"]}", "cannot also be on the attacking side")]
    [InlineData("{\"target\":", "not a scenario JSON object")]
    [InlineData("[1,2]", "not a scenario JSON object")]
    [InlineData("null", "request body: missing")]
    public async Task Bad_scenario_body_is_400_with_a_clear_detail(string json, string detail)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var response = await server.Client.PostAsync("api/scenario", new StringContent(json, Encoding.UTF8, "application/json"));
        await response.Problem(HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Bad_scenario_query_is_400()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        await (await server.Client.GetAsync("api/scenario?target=Ardania")).Problem(HttpStatusCode.BadRequest, "attackers: missing");
        await (await server.Client.GetAsync("api/scenario?against=Borduria")).Problem(HttpStatusCode.BadRequest, "target: missing");
    }

    [Fact]
    public async Task Brief_comes_as_html_page_or_markdown_download()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var html = await server.Client.GetAsync("api/brief?target=Ardania&against=Borduria&joins=Carpathia&format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<h2>Zembla</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        var md = await server.Client.GetAsync("api/brief?target=Ardania&against=Borduria&format=md&download=true");
        Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".md", md.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        Assert.Contains("## Zembla", await md.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await (await server.Client.GetAsync("api/brief?target=Ardania&against=Borduria&format=pdf")).Problem(HttpStatusCode.BadRequest, "not html or md");
    }
    [Fact]
    public async Task Limit_keeps_the_top_verdicts_in_order_and_reports_the_omitted_count()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var all = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria")).Json(HttpStatusCode.OK);
        var order = all.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("actor_id").GetString()).ToList();
        Assert.True(order.Count >= 2, "the fictional scenario needs two verdicts for a limit to leave one out");
        var top = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria&limit=1")).Json(HttpStatusCode.OK);
        Assert.Equal(order.Take(1), top.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("actor_id").GetString()));
        Assert.Equal(order.Count, top.GetProperty("total_verdicts").GetInt32());
        Assert.Equal(order.Count - 1, top.GetProperty("omitted").GetInt32());
        var posted = await server.Client.PostAsJsonAsync("api/scenario", new { target = "Ardania", attackers = new[] { "Borduria" }, limit = 1 });
        Assert.Equal(top.GetRawText(), (await posted.Json(HttpStatusCode.OK)).GetRawText());
    }

    [Fact]
    public async Task Without_a_limit_the_answer_carries_no_limit_fields()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var body = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria&limit=")).Json(HttpStatusCode.OK);
        Assert.Equal(["scenario", "verdicts"], body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Huge_limit_means_every_verdict()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var all = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria")).Json(HttpStatusCode.OK);
        var huge = await (await server.Client.GetAsync("api/scenario?target=Ardania&against=Borduria&limit=99999999999999")).Json(HttpStatusCode.OK);
        Assert.Equal(0, huge.GetProperty("omitted").GetInt32());
        Assert.Equal(all.GetProperty("verdicts").GetRawText(), huge.GetProperty("verdicts").GetRawText());
    }

    [Theory]
    [InlineData("api/scenario?target=Ardania&against=Borduria&limit=0", "limit: '0' is less than 1")]
    [InlineData("api/scenario?target=Ardania&against=Borduria&limit=-3", "limit: '-3' is less than 1")]
    [InlineData("api/scenario?target=Ardania&against=Borduria&limit=ten", "limit: 'ten' is not a whole number")]
    [InlineData("api/brief?target=Ardania&against=Borduria&limit=0", "limit: '0' is less than 1")]
    [InlineData("api/brief?target=Ardania&against=Borduria&format=md&limit=1.5", "not a whole number")]
    public async Task Bad_limit_in_the_query_is_400_naming_it(string url, string detail)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        await (await server.Client.GetAsync(url)).Problem(HttpStatusCode.BadRequest, detail);
    }

    [Theory]
    [InlineData("0", "limit: '0' is less than 1")]
    [InlineData("\"many\"", "limit: 'many' is not a whole number")]
    [InlineData("true", "limit: true is not a whole number")]
    [InlineData("[3]", "limit: array is not a whole number")]
    public async Task Bad_limit_in_the_body_is_400_naming_it(string limit, string detail)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var json = $"{{\"target\":\"Ardania\",\"attackers\":[\"Borduria\"],\"limit\":{limit}}}";
        var response = await server.Client.PostAsync("api/scenario", new StringContent(json, Encoding.UTF8, "application/json"));
        await response.Problem(HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Limited_brief_shows_the_top_actors_and_says_how_many_were_left_out()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var full = await server.Client.GetStringAsync("api/brief?target=Ardania&against=Borduria&format=md");
        var limited = await server.Client.GetStringAsync("api/brief?target=Ardania&against=Borduria&format=md&limit=1");
        Assert.DoesNotContain("left out", full, StringComparison.Ordinal);
        Assert.Contains("the other 1 are left out (limit 1)", limited, StringComparison.Ordinal);
        Assert.True(limited.Split("\n## ").Length < full.Split("\n## ").Length, "the limited brief has fewer actor sections");
    }
}

public class ScenarioCacheTests
{
    [Fact]
    public async Task Repeated_scenario_reflects_a_document_ingested_in_between()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        const string url = "api/scenario?target=Ardania&against=Borduria";
        static int ZemblaLevel(System.Text.Json.JsonElement body) => body.GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("actor_id").GetString() == "ZMB").GetProperty("level").GetInt32();
        var before = ZemblaLevel(await (await server.Client.GetAsync(url)).Json(HttpStatusCode.OK));
        Assert.Equal(before, ZemblaLevel(await (await server.Client.GetAsync(url)).Json(HttpStatusCode.OK)));
        await server.Client.PostAsync("api/documents", new StringContent("Zembla pledges aid to Ardania.", Encoding.UTF8, "text/markdown"));
        Assert.Equal(before + 1, ZemblaLevel(await (await server.Client.GetAsync(url)).Json(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task Same_scenario_with_another_limit_is_not_served_from_the_cache()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        const string url = "api/scenario?target=Ardania&against=Borduria";
        async Task<int> Verdicts(string query) =>
            (await (await server.Client.GetAsync(url + query)).Json(HttpStatusCode.OK)).GetProperty("verdicts").GetArrayLength();
        var all = await Verdicts("");
        Assert.Equal(1, await Verdicts("&limit=1"));
        Assert.Equal(2, await Verdicts("&limit=2"));
        Assert.Equal(all, await Verdicts(""));
        Assert.Equal(1, await Verdicts("&limit=1"));
    }
}
