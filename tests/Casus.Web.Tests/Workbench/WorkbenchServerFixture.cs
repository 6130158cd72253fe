using Casus.Pipeline;
using Casus.Pipeline.Data;
using Casus.Pipeline.Import;
using Casus.Store.Import;
using Casus.Testing;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Casus.Web.Tests.Workbench;

/// <summary>
/// The real server over what issue 15's reader had: a fresh database with the starter knowledge base
/// and the ATOP alliance members imported (1,400-odd treaty ties), the two seed articles ingested too.
/// Shared by the workbench browser tests of one class.
/// </summary>
public sealed class WorkbenchServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private CasusWorkspace? _workspace;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _workspace = CasusWorkspace.Open(new WorkspaceOptions(Db: _dir.File("workbench.db"), LoadStarter: true));
        DatasetImport.Run(_workspace.Store, ShippedData.Embedded(), DatasetKind.Atop, SharedCorpus.Data("atop", "atop5_1m.csv"));
        var report = _workspace.Ingest([SharedCorpus.Seed(SharedCorpus.TheWeek), SharedCorpus.Seed(SharedCorpus.Rnz)]);
        if (report.Failed > 0) throw new InvalidOperationException("seed ingest failed: " + string.Join("; ", report.Items.Select(i => i.Error)));
        _app = CasusServer.Build(_workspace, new ServerOptions(Urls: "http://127.0.0.1:0"));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First() + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _workspace?.Dispose();
        _dir.Dispose();
    }
}
