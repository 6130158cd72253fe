using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// Issue 16: URL text (a page's og:url, a user's argument) reached the terminal raw, escape
/// sequences included. What casus prints to a terminal carries none, wherever the text came from.
/// </summary>
public sealed class EscapedUrlTests : IDisposable
{
    private const string Escapes = "\u001b]0;owned\u0007\u001b[2J";
    private readonly TempDir _dir = new();
    private readonly string _db;

    public EscapedUrlTests()
    {
        var document = Document.Create("Pakistan offered full support to Iran today.", "Title", "Outlet", null,
            new DateOnly(2025, 6, 1), "https://news.example/" + Escapes + "x", "https://news.example/" + Escapes);
        var evidence = new Evidence(document.Id, document.Text, 0, document.Text.Length, document.Outlet, document.Date, "test", "test", document.Url);
        _db = RestoredDocument.Create(_dir, "urls", document, [new(new ActorId("PAK"), new ActorId("IRN"), TieType.Support, 1, Modality.Asserted, evidence)]);
    }

    [Theory]
    [InlineData("brief --target Iran --against Israel --format md")]
    [InlineData("ties Pakistan")]
    [InlineData("evidence Pakistan Iran")]
    public void Stored_url_reaches_the_terminal_without_escapes(string command)
    {
        var run = CasusProcess.Run(_db, command.Split(' '));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u0007', run.Stdout + run.Stderr);
    }

    [Fact]
    public void An_argument_with_escapes_is_echoed_without_them()
    {
        var run = CasusProcess.Run(_db, "ties", "Ir" + Escapes + "an");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.DoesNotContain('\u0007', run.Stderr);
        var url = CasusProcess.Run(_db, "ingest", "http://127.0.0.1:9/" + Escapes);
        Assert.Equal(1, url.ExitCode);
        Assert.DoesNotContain('\u001b', url.Stderr + url.Stdout);
    }

    public void Dispose() => _dir.Dispose();
}
