using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Casus.Web.Tests.Support;

/// <summary>The real Kestrel server, in process, on 127.0.0.1 with a port the OS picks.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri baseAddress, TimeSpan timeout)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = timeout };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <param name="timeout">How long the client waits for an answer: 30 s unless a test's pages are slow to build.</param>
    public static async Task<RunningServer> Start(ICasusBackend backend, ServerOptions? options = null, TimeSpan? timeout = null)
    {
        var app = CasusServer.Build(backend, (options ?? new ServerOptions()) with { Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        return new RunningServer(app, new Uri(app.Urls.First() + "/"), timeout ?? TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
