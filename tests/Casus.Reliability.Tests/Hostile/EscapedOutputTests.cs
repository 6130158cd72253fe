using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// Article text is untrusted wherever it is shown. A stored claim whose sentence carries terminal
/// escapes, Spectre markup, bidi overrides and an HTML payload (put there through a restore, so the
/// test does not depend on what the readers let through) is printed as text, never interpreted.
/// </summary>
public sealed class EscapedOutputTests : IDisposable
{
    private const string Payload = "Pakistan \u001b]0;owned\u0007offered \u001b[31m[bold red]full[/] support[/] to Iran <script>alert('BRIEF-XSS')</script> \u202Eevil\u202C today.";
    private readonly TempDir _dir = new();
    private readonly string _db;

    public EscapedOutputTests()
    {
        var document = Document.Create("Fictional preface. " + Payload + " Fictional close.", "Hostile <b>title</b> \u001b[2J", "Outlet [red]x[/]", null,
            new DateOnly(2025, 6, 1), "https://news.example/x?a=<script>", "/tmp/invented.txt");
        var start = document.Text.IndexOf("Pakistan", StringComparison.Ordinal);
        var sentence = document.Text[start..(document.Text.IndexOf("today.", StringComparison.Ordinal) + "today.".Length)];
        var evidence = new Evidence(document.Id, sentence, start, start + sentence.Length, document.Outlet, document.Date, "test", "test", document.Url);
        TieClaim[] ties =
        [
            new(new ActorId("PAK"), new ActorId("IRN"), TieType.Support, 1, Modality.Asserted, evidence, Attribution: "a spokesman \u001b[1m[link]"),
            new(new ActorId("ISR"), new ActorId("IRN"), TieType.Hostility, -1, Modality.Asserted, evidence),
        ];
        _db = RestoredDocument.Create(_dir, "hostile-claims", document, ties);
    }

    [Theory]
    [InlineData("evidence Pakistan Iran")]
    [InlineData("ties Pakistan")]
    [InlineData("scenario --target Iran --against Israel")]
    [InlineData("brief --format md")]
    public void Terminal_output_carries_no_escape_sequences_or_bidi_overrides_from_articles(string command)
    {
        var run = CasusProcess.Run(_db, command.Split(' '));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\u0007', run.Stdout);
        Assert.DoesNotContain('\u202E', run.Stdout);
    }

    [Fact]
    public void Evidence_shows_the_markup_in_the_sentence_as_text()
    {
        var run = CasusProcess.Run(_db, "evidence", "Pakistan", "Iran");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("[bold red]", run.Stdout);
    }

    [Fact]
    public void Html_brief_escapes_the_article_payload()
    {
        var run = CasusProcess.Run(_db, "brief", "--format", "html");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("BRIEF-XSS", run.Stdout);
        Assert.DoesNotContain("<script>alert('BRIEF-XSS')", run.Stdout);
        Assert.DoesNotContain("<b>title</b>", run.Stdout);
    }

    [Fact]
    public void Json_output_escapes_control_characters()
    {
        var run = CasusProcess.Run(_db, "evidence", "Pakistan", "Iran", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        // Escaped, not dropped: the sentence a script reads back is the stored one.
        Assert.Contains(Strings(json.RootElement), s => s.Contains("\u001b]0;owned", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    public void Dispose() => _dir.Dispose();
}
