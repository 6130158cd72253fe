using Casus.Pipeline;
using Casus.Testing;
using Casus.Web.Workspace;

namespace Casus.Web.Tests.Support;

/// <summary>
/// The real server over a real workspace in a temporary folder, shared by the tests of one class.
/// A subclass says what the database holds; starting, the client and clean-up are the same for all.
/// </summary>
public abstract class WorkspaceServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private CasusWorkspace? _workspace;
    private RunningServer? _server;

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("the server has not started");

    public HttpClient Client => _server?.Client ?? throw new InvalidOperationException("the server has not started");

    /// <summary>How long the client waits: pages over a large database take longer on a loaded machine.</summary>
    protected virtual TimeSpan Timeout => TimeSpan.FromSeconds(60);

    /// <summary>Opens the workspace in <paramref name="dir"/> and fills it.</summary>
    protected abstract CasusWorkspace Open(TempDir dir);

    /// <summary>Ingests files into the workspace, failing the fixture (not a later test) when one does not read.</summary>
    protected static void Ingest(CasusWorkspace workspace, params string[] files)
    {
        var report = workspace.Ingest(files);
        if (report.Failed > 0) throw new InvalidOperationException("ingest failed: " + string.Join("; ", report.Items.Select(i => i.Error)));
    }

    public async Task InitializeAsync()
    {
        _workspace = Open(_dir);
        _server = await RunningServer.Start(new WorkspaceBackend(_workspace), timeout: Timeout);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _workspace?.Dispose();
        _dir.Dispose();
    }
}
