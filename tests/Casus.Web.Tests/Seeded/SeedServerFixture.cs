using Casus.Pipeline;
using Casus.Testing;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Casus.Web.Tests.Seeded;

/// <summary>
/// The real server over a temporary SQLite database holding only the two seed articles (read
/// from ../shared, starter knowledge base left out), shared by the seed tests of one class.
/// </summary>
public sealed class SeedServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private CasusWorkspace? _workspace;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The seed files' text, to check that cited sentences are verbatim.</summary>
    public string SeedText { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var seeds = new[] { SharedCorpus.Seed(SharedCorpus.TheWeek), SharedCorpus.Seed(SharedCorpus.Rnz) };
        SeedText = string.Join("\n", seeds.Select(File.ReadAllText)).ReplaceLineEndings("\n");
        _workspace = CasusWorkspace.Open(new WorkspaceOptions(Db: _dir.File("seed.db"), LoadStarter: false));
        var report = _workspace.Ingest(seeds);
        if (report.Failed > 0) throw new InvalidOperationException("seed ingest failed: " + string.Join("; ", report.Items.Select(i => i.Error)));
        _app = CasusServer.Build(_workspace, new ServerOptions(Urls: "http://127.0.0.1:0"));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First() + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Whether a cited sentence occurs in a seed file (whitespace runs compared as one space).</summary>
    public bool IsVerbatimSeedText(string sentence) =>
        Squash(SeedText).Contains(Squash(sentence), StringComparison.Ordinal);

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

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
