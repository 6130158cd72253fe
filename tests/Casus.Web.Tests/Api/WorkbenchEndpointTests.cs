using System.Net;
using System.Text;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

/// <summary>The workbench endpoints over the invented crisis: answers, and one-line 400s for bad input.</summary>
public class WorkbenchEndpointTests
{
    [Fact]
    public async Task Picture_bundles_ties_into_family_edges_and_filters_refuse_unknown_values()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var picture = await (await server.Client.GetAsync("api/picture/Zembla")).Json(HttpStatusCode.OK);
        Assert.Equal("ZMB", picture.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(2, picture.GetProperty("total_partners").GetInt32());
        var families = picture.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("family").GetString()).Order().ToList();
        Assert.Equal(["hostile", "security"], families);
        var hostile = await (await server.Client.GetAsync("api/picture/ZMB?sign=-")).Json(HttpStatusCode.OK);
        Assert.Equal("BRD", Assert.Single(hostile.GetProperty("nodes").EnumerateArray().Skip(1)).GetProperty("id").GetString());
        await (await server.Client.GetAsync("api/picture/ZMB?type=friendship")).Problem(HttpStatusCode.BadRequest, "friendship");
        await (await server.Client.GetAsync("api/picture/ZMB?limit=0")).Problem(HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task Diff_needs_both_dates_in_order()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var diff = await (await server.Client.GetAsync("api/diff?from=2031-04-01&to=2031-06-01&actor=ZMB")).Json(HttpStatusCode.OK);
        Assert.Equal(1, diff.GetProperty("counts").GetProperty("appeared").GetInt32()); // the condemnation of 2031-05-09
        await (await server.Client.GetAsync("api/diff?from=2031-04-01")).Problem(HttpStatusCode.BadRequest, "to");
        await (await server.Client.GetAsync("api/diff?from=2031-06-01&to=2031-01-01")).Problem(HttpStatusCode.BadRequest, "after");
    }

    [Fact]
    public async Task Json_document_posts_carry_text_and_bad_ones_are_one_line_400s()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var added = await (await server.Client.PostAsync("api/documents", new StringContent("{\"text\":\"Zembla may arm Ardania.\",\"name\":\"note.txt\"}", Encoding.UTF8, "application/json"))).Json(HttpStatusCode.Created);
        var id = added.GetProperty("items")[0].GetProperty("document_id").GetString();
        var claims = await (await server.Client.GetAsync($"api/documents/{id}/claims")).Json(HttpStatusCode.OK);
        Assert.Equal("Zembla may arm Ardania.", claims.GetProperty("claims")[0].GetProperty("claim").GetProperty("evidence").GetProperty("sentence").GetString());
        await (await server.Client.PostAsync("api/documents", new StringContent("{\"text\":\"x\",\"url\":\"https://example.test/\"}", Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest, "exactly one");
        await (await server.Client.PostAsync("api/documents", new StringContent("{\"url\":\"file:///etc/passwd\"}", Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest, "http(s)");
        await (await server.Client.PostAsync("api/documents", new StringContent("{not json", Encoding.UTF8, "application/json"))).Problem(HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task Profile_and_timeline_answer_for_an_alias_and_question_needs_an_actor()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var profile = await (await server.Client.GetAsync("api/profile/Zemblan")).Json(HttpStatusCode.OK);
        Assert.Equal("ARD", profile.GetProperty("allies")[0].GetProperty("id").GetString());
        Assert.Equal("supporter", profile.GetProperty("allies")[0].GetProperty("side").GetString());
        var timeline = await (await server.Client.GetAsync("api/timeline/ZMB")).Json(HttpStatusCode.OK);
        Assert.Equal(["2031-03-04", "2031-05-09"], timeline.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("date").GetString()));
        await (await server.Client.GetAsync("api/question?target=Ardania&against=Borduria")).Problem(HttpStatusCode.BadRequest, "actor");
    }
}
