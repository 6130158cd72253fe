using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casus.Testing;

namespace Casus.Cli.Tests.Newcomer;

/// <summary>Issue 12: what a newcomer saw after the README's first steps (starter + seed + dev), each as a test.</summary>
public sealed class NewcomerFindingsTests(StarterCorpusDatabase db) : IClassFixture<StarterCorpusDatabase>
{
    [Fact]
    public void Evidence_counts_a_symmetric_tie_from_one_sentence_once()
    {
        var text = db.Run("evidence", "Russia", "Iran");
        Assert.True(text.ExitCode == 0, text.Stderr);
        using var json = db.Json("evidence", "Russia", "Iran");
        // What a reader counts: one claim per sentence, type and modality, whichever way a symmetric tie was stored.
        var distinct = json.RootElement.GetProperty("ties").EnumerateArray()
            .SelectMany(t => t.GetProperty("claims").EnumerateArray())
            .Select(c =>
            {
                var e = c.GetProperty("evidence");
                var ends = new[] { c.GetProperty("source").GetString()!, c.GetProperty("target").GetString()! }.Order(StringComparer.Ordinal);
                return $"{e.GetProperty("document").GetString()}|{e.GetProperty("start").GetInt32()}|{c.GetProperty("type").GetString()}|{c.GetProperty("modality").GetString()}|{string.Join(">", ends)}";
            })
            .Distinct().Count();
        var count = int.Parse(Regex.Match(text.Stdout, @"(\d+) claims between Russia and Iran").Groups[1].Value);
        Assert.Equal(distinct, count);
        Assert.Contains("Russia ↔ Iran", text.Stdout);
    }

    [Fact]
    public void A_starter_row_and_an_article_at_the_same_address_are_one_outlet()
    {
        using var json = db.Json("ties", "Qatar");
        var promise = json.RootElement.GetProperty("ties").EnumerateArray()
            .Single(t => t.GetProperty("source").GetString() == "USA" && t.GetProperty("type").GetString() == "promise");
        // The curated row and the dev article both come from thenationalnews.com.
        Assert.Equal(2, promise.GetProperty("corroboration").GetInt32());
        Assert.Equal(1, promise.GetProperty("distinct_outlets").GetInt32());
        var outlets = promise.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("evidence").GetProperty("outlet").GetString()).Distinct().ToList();
        Assert.Single(outlets);
    }

    [Fact]
    public void Brief_sources_name_each_document_by_title_or_file_name()
    {
        var run = db.Run("brief");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var sources = run.Stdout[run.Stdout.IndexOf("## Sources", StringComparison.Ordinal)..].Split('\n').Where(l => Regex.IsMatch(l, @"^\d+\. ")).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, line => Assert.DoesNotMatch(@"document [0-9a-f]{8,}", line));
        Assert.Contains(sources, line => line.Contains(SharedCorpus.TheWeek, StringComparison.Ordinal) || line.Contains("The Week · 2025-06-17 · “", StringComparison.Ordinal));
    }

    [Fact]
    public void Terminal_brief_prints_no_markdown_escapes_inside_words()
    {
        var run = db.Run("brief");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("stated\\_intent", run.Stdout);
        Assert.Contains("stated_intent", run.Stdout);
    }

    [Fact]
    public void Html_brief_does_not_double_the_quotation_marks_of_a_quoted_sentence()
    {
        var out_ = db.Dir.File("brief.html");
        var run = db.Run("brief", "--format", "html", "--out", out_);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = File.ReadAllText(out_);
        Assert.DoesNotMatch("““|“&quot;|“&#x201C;|&quot;”", html);
        Assert.Contains("<blockquote>&quot;", html); // a sentence that is a quotation keeps its own marks
    }

    [Fact]
    public void Undated_starter_sources_say_undated_and_no_source_date_is_a_placeholder()
    {
        var facts = File.ReadAllLines(Path.Combine(SharedCorpus.RepoRoot, "data", "starter", "facts.tsv"))
            .Where(l => !l.StartsWith('#') && l.Trim().Length > 0).Select(l => l.Split('\t')).ToList();
        // A 1 January date is a placeholder unless the statement says 1 January.
        var placeholders = facts.Where(c => c[16].EndsWith("-01-01", StringComparison.Ordinal) && !Regex.IsMatch(c[13], "1 January|January 1")).ToList();
        Assert.True(placeholders.Count == 0, string.Join("\n", placeholders.Select(c => c[13])));
        Assert.Contains(facts, c => c[16] == "undated");
        var run = db.Run("evidence", "United States", "Qatar");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Wikipedia, undated", run.Stdout);
    }

    [Fact]
    public void Undated_starter_claims_are_withheld_by_known_by()
    {
        // Al Udeid (an undated starter row) is US basing in Qatar: judged knowing only what was published by a date,
        // an undated source is not known then.
        using var all = db.Json("scenario", "--target", "Qatar", "--against", "Iran", "--as-of", "2025-06-21");
        using var known = db.Json("scenario", "--target", "Qatar", "--against", "Iran", "--known-by", "2025-06-21");
        Assert.True(known.RootElement.GetProperty("withheld_claims").GetInt32() > 0);
        static bool CitesUndated(JsonDocument j) => j.RootElement.GetProperty("verdicts").EnumerateArray()
            .SelectMany(v => v.GetProperty("factors").EnumerateArray()).SelectMany(f => f.GetProperty("evidence").EnumerateArray())
            .Any(e => e.GetProperty("date").ValueKind == JsonValueKind.Null);
        Assert.True(CitesUndated(all));
        Assert.False(CitesUndated(known));
    }

    [Fact]
    public void Syria_and_the_Assad_regime_are_related()
    {
        using var json = db.Json("actors", "--all");
        var assad = json.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "assad-regime");
        Assert.Contains("SYR", assad.GetProperty("part_of").EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetProperty("id").GetString()));
    }

    [Fact]
    public void Readme_documents_the_upload_endpoint_and_the_brief_default()
    {
        var readme = File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "README.md"));
        Assert.Contains("POST /api/documents", readme);
        Assert.Contains("GET /api/brief", readme);
    }

    [Fact]
    public async Task Server_answers_a_newcomer_as_the_cli_does_and_logs_a_mistyped_actor_in_one_line()
    {
        var port = FreePort();
        using var server = CasusProcess.Start(db.Path, null, "serve", "--urls", $"http://127.0.0.1:{port}");
        var stdout = server.StandardOutput.ReadToEndAsync();
        var stderr = server.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(120) };
            await WaitUntilUp(http);
            var mistyped = await http.GetAsync("api/ties/Narnnia");
            Assert.InRange((int)mistyped.StatusCode, 400, 499);
            var brief = await http.GetAsync("api/brief?format=md");
            var briefText = await brief.Content.ReadAsStringAsync();
            Assert.True(brief.IsSuccessStatusCode, briefText);
            Assert.Contains("If United States joins Israel's war on Iran", briefText);
            using var putin = JsonDocument.Parse(await http.GetStringAsync("api/actors?q=Putin"));
            Assert.Equal("RUS", putin.RootElement.EnumerateArray().First().GetProperty("id").GetString());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
        }
        var log = await stdout + await stderr;
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(", log);
        var lines = log.Split('\n').Where(l => l.Contains("Narnnia", StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.Contains("40", lines[0]);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitUntilUp(HttpClient http)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("api/info")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
            }
            if (DateTime.UtcNow >= until) throw new TimeoutException("casus serve did not answer in 90 s");
            await Task.Delay(300);
        }
    }
}

/// <summary>Issue 12 item 5: after <c>casus import atop</c> every state has its name.</summary>
public sealed class ImportedStateNamesTests
{
    [Fact]
    public void Import_atop_names_every_state_it_adds()
    {
        using var dir = new TempDir();
        var db = dir.File("atop.db");
        var import = CasusProcess.Run(db, "--no-starter", "import", "atop", SharedCorpus.Data("atop", "atop5_1m.csv"));
        Assert.True(import.ExitCode == 0, import.Stderr);
        var run = CasusProcess.Run(db, "actors", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var names = json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
        // Every code the COW list names is named; ATOP's one code outside that list (8152) says so instead of posing as a COW state.
        Assert.DoesNotContain(names, n => n.StartsWith("COW state", StringComparison.Ordinal));
        Assert.All(names.Where(n => Regex.IsMatch(n, @"\d{3}")), n => Assert.Contains("not in the COW list", n));
        Assert.Contains("German Federal Republic", names);
        Assert.Contains("Republic of Vietnam", names);
    }
}
