using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Casus.Web.Hosting;
using Casus.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Casus.Web.Tests.Api;

public class DocumentEndpointTests
{
    private static StringContent Article(string text = "Zembla may yet send help to Ardania.") => new(text, Encoding.UTF8, "text/markdown");

    [Fact]
    public async Task Loopback_server_without_token_accepts_a_document()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var body = await (await server.Client.PostAsync("api/documents?name=note.txt", Article())).Json(HttpStatusCode.Created);
        Assert.Equal("added", body.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal("upload:note.txt", body.GetProperty("items")[0].GetProperty("origin").GetString());
        var ties = await (await server.Client.GetAsync("api/ties/Zembla")).Json(HttpStatusCode.OK);
        Assert.Contains(ties.GetProperty("ties").EnumerateArray(), t => t.GetProperty("type").GetString() == "support");
    }

    [Fact]
    public async Task Configured_token_is_required_401_without_it_403_when_wrong()
    {
        await using var server = await RunningServer.Start(new FictionalBackend(), new ServerOptions(Token: "s3cret-token"));
        var none = await server.Client.PostAsync("api/documents", Article());
        await none.Problem(HttpStatusCode.Unauthorized, "Bearer");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = Article() };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        await (await server.Client.SendAsync(wrong)).Problem(HttpStatusCode.Forbidden, "not valid");

        using var right = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = Article() };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(right)).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://192.168.1.20:5080", true)]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080", false)]
    [InlineData("http://localhost:5080", false)]
    public void Token_is_required_as_soon_as_the_server_listens_beyond_loopback(string urls, bool required)
    {
        var guard = new WriteGuard(new ServerOptions(Urls: urls));
        Assert.Equal(required, guard.TokenRequired);
    }

    [Fact]
    public async Task Server_beyond_loopback_without_token_refuses_writes()
    {
        var guard = new WriteGuard(new ServerOptions(Urls: "http://0.0.0.0:5080"));
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        var refusal = guard.Check(context.Request);
        Assert.NotNull(refusal);
        context.RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider();
        context.Response.Body = new MemoryStream();
        await refusal.ExecuteAsync(context);
        Assert.Equal(403, context.Response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_cap_is_413_whether_declared_or_streamed()
    {
        await using var server = await RunningServer.Start(new FictionalBackend(), new ServerOptions(MaxBodyBytes: 4096));
        var big = new string('x', 10_000);
        await (await Post(server, "api/documents", Article(big))).Problem(HttpStatusCode.RequestEntityTooLarge, "at most 4096");
        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        await (await Post(server, "api/documents", streamed, chunked: true)).Problem(HttpStatusCode.RequestEntityTooLarge, "limit");
        var scenario = new StringContent("{\"target\":\"" + big + "\"}", Encoding.UTF8, "application/json");
        await (await Post(server, "api/scenario", scenario)).Problem(HttpStatusCode.RequestEntityTooLarge, "limit");
    }

    /// <summary>
    /// Posts as a careful client does with a large body: it waits for "100 Continue" before sending,
    /// so the server's early 413 arrives as a response instead of racing the upload into a broken pipe.
    /// </summary>
    private static Task<HttpResponseMessage> Post(RunningServer server, string path, HttpContent content, bool chunked = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        if (chunked) request.Headers.TransferEncodingChunked = true;
        return server.Client.SendAsync(request);
    }

    [Fact]
    public async Task Empty_document_is_400()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        await (await server.Client.PostAsync("api/documents", Article(""))).Problem(HttpStatusCode.BadRequest, "empty");
    }
}
