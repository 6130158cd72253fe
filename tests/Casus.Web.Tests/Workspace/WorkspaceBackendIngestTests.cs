using System.Net;
using System.Text;
using Casus.Pipeline;
using Casus.Testing;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Casus.Web.Tests.Workspace;

/// <summary>
/// An upload to a running server adds the new article to the knowledge it holds rather than reloading the
/// database: the answers after it must be those of a server started afresh on the same database.
/// </summary>
public sealed class WorkspaceBackendIngestTests : IDisposable
{
    // Fictional sentences about real actors, written for this test; Nepal has no claims in the seed articles.
    private const string Article = """
        date 2025-06-22
        Nepal signed a defence pact with Iran.
        Nepal condemned Israel over the strikes.
        Bhutan stayed on the sidelines.
        """;

    private const string Scenario = "api/scenario?target=Iran&against=Israel&joins=United%20States&as_of=2025-06-25";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Answers_after_an_upload_are_those_of_a_server_started_afresh_on_the_same_database()
    {
        var db = _dir.File("served.db");
        using (var seed = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false)))
            Assert.Equal(0, seed.Ingest([SharedCorpus.Seed(SharedCorpus.TheWeek), SharedCorpus.Seed(SharedCorpus.Rnz)]).Failed);

        await using var served = await Server.Start(db);
        var scenarioBefore = await served.Get(Scenario);
        var upload = await served.Client.PostAsync("api/documents?name=pact.txt", new StringContent(Article, Encoding.UTF8, "text/markdown"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var again = await served.Client.PostAsync("api/documents?name=pact.txt", new StringContent(Article, Encoding.UTF8, "text/markdown"));
        Assert.Contains("already_stored", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var restarted = await Server.Start(db);
        foreach (var path in new[] { Scenario, "api/ties/Nepal", "api/ties/Nepal?as_of=2025-06-25", "api/evidence?a=Nepal&b=Iran", "api/actors/Bhutan", "api/info" })
            Assert.Equal(await restarted.Get(path), await served.Get(path));
        Assert.NotEqual(scenarioBefore, await served.Get(Scenario)); // the upload changes the answer, so the comparison covers it
        Assert.Contains("Nepal", await served.Get(Scenario), StringComparison.Ordinal);
    }

    /// <summary>The real server on its own workspace over <c>db</c>, as <c>casus serve</c> runs it.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly CasusWorkspace _workspace;
        private readonly WebApplication _app;

        private Server(CasusWorkspace workspace, WebApplication app)
        {
            _workspace = workspace;
            _app = app;
            Client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/"), Timeout = TimeSpan.FromSeconds(60) };
        }

        public HttpClient Client { get; }

        public static async Task<Server> Start(string db)
        {
            var workspace = CasusWorkspace.Open(new WorkspaceOptions(db, LoadStarter: false));
            var app = CasusServer.Build(workspace, new ServerOptions(Urls: "http://127.0.0.1:0"));
            await app.StartAsync();
            return new Server(workspace, app);
        }

        public async Task<string> Get(string path)
        {
            var response = await Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
            return body;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            _workspace.Dispose();
        }
    }
}
