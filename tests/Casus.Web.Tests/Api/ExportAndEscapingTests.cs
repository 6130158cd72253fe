using System.Net;
using System.Text;
using System.Xml.Linq;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

public class ExportAndEscapingTests
{
    private const string Hostile = "Zembla hints <script>alert('pwned')</script> at <img src=x onerror=\"alert(1)\"> aid to Ardania.";

    [Fact]
    public async Task GraphMl_and_gexf_exports_are_xml_whose_edges_join_nodes()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graphml = XDocument.Parse(await server.Client.GetStringAsync("api/export/graphml"));
        var nodes = graphml.Descendants(g + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.Equal(4, graphml.Descendants(g + "edge").Count());
        Assert.All(graphml.Descendants(g + "edge"), e => Assert.Contains(e.Attribute("source")!.Value, nodes));
        XNamespace x = "http://gexf.net/1.3";
        var gexf = XDocument.Parse(await server.Client.GetStringAsync("api/export/gexf?as_of=2031-04-01"));
        Assert.Equal(2, gexf.Descendants(x + "edges").Elements().Count());
    }

    [Fact]
    public async Task Csv_and_json_exports_download_and_unknown_format_is_400()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var ties = await server.Client.GetAsync("api/export/csv-ties");
        Assert.Equal("text/csv", ties.Content.Headers.ContentType?.MediaType);
        Assert.Equal(5, (await ties.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var evidence = await server.Client.GetStringAsync("api/export/csv-evidence");
        Assert.Contains("The Reds vow to strike Carpathia if it joins.", evidence, StringComparison.Ordinal);
        var json = await (await server.Client.GetAsync("api/export/json")).Json(HttpStatusCode.OK);
        Assert.Equal(4, json.GetProperty("ties").GetArrayLength());
        await (await server.Client.GetAsync("api/export/pdf")).Problem(HttpStatusCode.BadRequest, "not one of graphml");
        await (await server.Client.GetAsync("api/export/json?as_of=soon")).Problem(HttpStatusCode.BadRequest, "as_of");
    }

    [Fact]
    public async Task Malicious_document_stays_inert_in_json_exports_and_briefs()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostAsync("api/documents", new StringContent(Hostile, Encoding.UTF8, "text/html"))).StatusCode);

        var raw = await server.Client.GetStringAsync("api/evidence?a=Zembla&b=Ardania");
        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Hostile, (await (await server.Client.GetAsync("api/evidence?a=Zembla&b=Ardania")).Json(HttpStatusCode.OK))
            .GetProperty("ties").EnumerateArray().SelectMany(t => t.GetProperty("claims").EnumerateArray())
            .Select(c => c.GetProperty("evidence").GetProperty("sentence").GetString()));

        foreach (var url in new[] { "api/brief?target=Ardania&against=Borduria&format=html", "api/brief?target=Ardania&against=Borduria&format=md",
                     "api/scenario?target=Ardania&against=Borduria", "api/export/json", "api/export/graphml" })
        {
            var text = await server.Client.GetStringAsync(url);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        }
        var brief = await server.Client.GetStringAsync("api/brief?target=Ardania&against=Borduria&format=html");
        Assert.Contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;", brief, StringComparison.Ordinal);
    }
}
