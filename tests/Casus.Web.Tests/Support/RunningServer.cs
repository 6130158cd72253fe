using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Casus.Web.Tests.Support;

/// <summary>The real Kestrel server, in process, on 127.0.0.1 with a port the OS picks.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> Start(ICasusBackend backend, ServerOptions? options = null)
    {
        var app = CasusServer.Build(backend, (options ?? new ServerOptions()) with { Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        return new RunningServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
