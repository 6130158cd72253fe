using System.Text.Json;
using System.Net;
using System.Text;
using Casus.Web.Tests.Browser;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Seeded;

/// <summary>Issue 4's acceptance in a real browser (Debian chromium) over the seed database.</summary>
[Collection(BrowserCollection.Name)]
public class SeedBrowserTests(ChromiumFixture chromium, SeedServerFixture seed) : IClassFixture<SeedServerFixture>
{
    [Fact]
    public async Task Explorer_search_iran_shows_russia_and_hezbollah_and_the_russia_iran_edge_cites_a_seed_sentence()
    {
        var (page, dialogs, foreign) = await Pages.Open(chromium, seed.BaseAddress);
        await page.GotoAsync(seed.BaseAddress.ToString());
        await Pages.Search(page, "Iran");
        var labels = await Pages.NodeLabels(page);
        Assert.Contains("Russia", labels);
        Assert.Contains("Hezbollah", labels);
        await Pages.ClickEdge(page, "RUS", "IRN");
        var quotes = await page.Locator("#evidence blockquote").AllTextContentsAsync();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.True(seed.IsVerbatimSeedText(q), $"not a seed sentence: {q}"));
        Assert.Matches(@"2025-06-\d\d", await page.Locator("#evidence cite").First.TextContentAsync());
        await Pages.Screenshot(page, "explorer");
        Assert.Empty(dialogs);
        Assert.Empty(foreign);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Scenario_builder_shows_russias_most_likely_level_for_the_seed_question()
    {
        var api = await (await seed.Client.GetAsync("api/scenario?target=Iran&against=Israel&joins=United%20States")).Json(HttpStatusCode.OK);
        var russia = api.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("actor_id").GetString() == "RUS");
        var level = russia.GetProperty("level").GetInt32();

        var (page, _, foreign) = await Pages.Open(chromium, seed.BaseAddress);
        await page.GotoAsync(seed.BaseAddress + "scenario.html");
        await Pages.RunScenario(page, "Iran", "Israel", "United States");
        var card = page.Locator("article.verdict[data-actor-id=RUS]");
        Assert.Equal(level.ToString(System.Globalization.CultureInfo.InvariantCulture), await card.GetAttributeAsync("data-level"));
        // The card leads with the four chances, as the API gives them, in whole percent; the most likely level comes after.
        static string Pct(JsonElement v, int k) => Math.Round(v.GetProperty($"p_at_least_{k}").GetDouble() * 100, MidpointRounding.AwayFromZero) + "%";
        Assert.Equal($"P(words) {Pct(russia, 1)} · P(diplomacy) {Pct(russia, 2)} · P(material+) {Pct(russia, 3)} · P(fighting) {Pct(russia, 4)}",
            await card.Locator(".level.headline").TextContentAsync());
        Assert.Contains($"most likely {level} ·", await card.Locator(".level").Nth(1).TextContentAsync(), StringComparison.Ordinal);
        var material = await page.Locator("article.verdict").EvaluateAllAsync<double[]>(
            "cards => cards.map(c => Number(c.querySelector('.level.headline').textContent.match(/P\\(material\\+\\) (\\d+)%/)[1]))");
        Assert.True(material.Length > 5);
        Assert.Equal(material.OrderByDescending(x => x), material);
        await card.Locator("summary").ClickAsync();
        await Pages.Screenshot(page, "scenario");
        Assert.Contains("target=Iran", page.Url, StringComparison.Ordinal);
        Assert.Empty(foreign);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Hostile_document_ingested_over_http_renders_inert_in_the_explorer()
    {
        // Fictional text naming real actors so the extractor finds a claim in it.
        const string hostile = "Russia condemned Israel's strike <img src=x onerror=\"window.__pwned=1;alert(1)\"> as aggression <script>window.__pwned=2</script>.";
        var response = await seed.Client.PostAsync("api/documents?name=hostile.txt", new StringContent("date 2025-06-20\n\n" + hostile, Encoding.UTF8, "text/markdown"));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var (page, dialogs, _) = await Pages.Open(chromium, seed.BaseAddress);
        await page.GotoAsync(seed.BaseAddress + "?actor=RUS");
        await page.WaitForFunctionAsync("() => window.casusExplorer && casusExplorer.cy && casusExplorer.cy.nodes().length > 0");
        await Pages.ClickEdge(page, "RUS", "ISR");
        var quotes = await page.Locator("#evidence blockquote").AllTextContentsAsync();
        Assert.Contains(quotes, q => q.Contains("onerror=", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#evidence img, #evidence script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Empty(dialogs);
        await page.CloseAsync();
    }
}
