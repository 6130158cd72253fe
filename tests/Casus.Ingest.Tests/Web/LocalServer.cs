using System.Net;
using System.Net.Sockets;

namespace Casus.Ingest.Tests.Web;

/// <summary>An HttpListener on 127.0.0.1 and a free port; each request is answered by the handler. No external network.</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public LocalServer(Action<HttpListenerContext> handler)
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                _ = Task.Run(() =>
                {
                    try { handler(context); context.Response.Close(); }
                    catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException) { }
                });
            }
        });
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
