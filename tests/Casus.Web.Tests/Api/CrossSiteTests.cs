using System.Net;
using System.Text;
using Casus.Web.Hosting;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

/// <summary>
/// A page on another origin, or one at attacker.example resolved to 127.0.0.1 (DNS rebinding),
/// must neither read nor write a loopback server. Each request below is what a browser sends.
/// </summary>
public class CrossSiteTests
{
    private const string Body = "Zembla may yet send help to Ardania.";

    [Fact]
    public async Task Cross_origin_form_post_with_text_plain_writes_nothing()
    {
        var backend = new FictionalBackend();
        await using var server = await RunningServer.Start(backend);
        using var form = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = new StringContent(Body, Encoding.UTF8, "text/plain") };
        form.Headers.Add("Origin", "http://attacker.example");
        form.Headers.Add("Sec-Fetch-Site", "cross-site");
        await (await server.Client.SendAsync(form)).Problem(HttpStatusCode.Forbidden, "another site");

        // An older browser sends neither header: the simple content type alone is refused.
        var plain = await server.Client.PostAsync("api/documents", new StringContent(Body, Encoding.UTF8, "text/plain"));
        await plain.Problem(HttpStatusCode.UnsupportedMediaType, "text/markdown");
        var urlencoded = await server.Client.PostAsync("api/documents", new StringContent(Body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        await urlencoded.Problem(HttpStatusCode.UnsupportedMediaType, "Content-Type");
        var none = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
        await (await server.Client.PostAsync("api/documents", none)).Problem(HttpStatusCode.UnsupportedMediaType, "Content-Type");
        Assert.Equal(0, backend.Generation);
    }

    [Fact]
    public async Task Foreign_origin_is_refused_even_with_a_non_simple_type()
    {
        var backend = new FictionalBackend();
        await using var server = await RunningServer.Start(backend);
        using var fetch = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = new StringContent(Body, Encoding.UTF8, "text/html") };
        fetch.Headers.Add("Origin", "null");
        await (await server.Client.SendAsync(fetch)).Problem(HttpStatusCode.Forbidden, "not this server");
        Assert.Equal(0, backend.Generation);
    }

    [Fact]
    public async Task Same_origin_page_and_plain_clients_still_write()
    {
        var backend = new FictionalBackend();
        await using var server = await RunningServer.Start(backend);
        using var own = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = new StringContent(Body, Encoding.UTF8, "text/markdown") };
        own.Headers.Add("Origin", server.BaseAddress.GetLeftPart(UriPartial.Authority));
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(own)).StatusCode);
        var html = await server.Client.PostAsync("api/documents", new StringContent("<p>Zembla pledges aid to Ardania.</p>", Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.Created, html.StatusCode);
    }

    [Fact]
    public async Task With_a_token_text_plain_is_fine_because_the_header_needs_a_preflight()
    {
        await using var server = await RunningServer.Start(new FictionalBackend(), new ServerOptions(Token: "t0ken-for-tests"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = new StringContent(Body, Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t0ken-for-tests");
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("GET", "api/info")]
    [InlineData("GET", "api/export/csv-evidence")]
    [InlineData("GET", "")]
    [InlineData("GET", "api/ties/Zembla")]
    [InlineData("POST", "api/documents")]
    public async Task Foreign_host_header_is_refused_for_reads_and_writes(string method, string path)
    {
        var backend = new FictionalBackend();
        await using var server = await RunningServer.Start(backend);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent(Body, Encoding.UTF8, "text/html");
        request.Headers.Host = "attacker.example:" + server.BaseAddress.Port;
        var response = await server.Client.SendAsync(request);
        await response.Problem(HttpStatusCode.MisdirectedRequest, "localhost");
        Assert.Equal(0, backend.Generation);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST.")]
    [InlineData("app.localhost")]
    public async Task Loopback_names_are_answered(string host)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/info");
        request.Headers.Host = host + ":" + server.BaseAddress.Port;
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public void Token_rule_follows_what_was_bound_not_what_was_asked()
    {
        var asked = new ServerOptions(Urls: "http://127.0.0.1:5080");
        var bound = new BoundAddresses(asked, () => ["http://127.0.0.1:5080", "http://0.0.0.0:5081"]);
        var guard = new WriteGuard(asked, bound);
        Assert.True(guard.TokenRequired);
        Assert.True(bound.HostAllowed("attacker.example:5081"));
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentType = "text/html";
        Assert.NotNull(guard.Check(context.Request));
    }
}
