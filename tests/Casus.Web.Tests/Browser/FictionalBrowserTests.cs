using System.Text;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Browser;

/// <summary>The pages in a real browser over the invented crisis: drawing, clicking, permalinks, inert hostile text.</summary>
[Collection(BrowserCollection.Name)]
public class FictionalBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Explorer_draws_the_neighbourhood_and_an_edge_click_shows_its_sentence()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var (page, dialogs, foreign) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Pages.Search(page, "Zembla");
        Assert.Equal(["Ardania", "Borduria", "Zembla"], (await Pages.NodeLabels(page)).Order(StringComparer.Ordinal));
        await Pages.ClickEdge(page, "ZMB", "ARD");
        var sentence = await page.Locator("#evidence .claim blockquote").First.TextContentAsync();
        Assert.Equal("Zembla and Ardania signed a pact in May.", sentence);
        Assert.Contains("The Daily Fiction, 2031-03-04", await page.Locator("#evidence .claim cite").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("actor=ZMB", page.Url, StringComparison.Ordinal);
        await Pages.Screenshot(page, "explorer-fictional");
        Assert.Empty(dialogs);
        Assert.Empty(foreign);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Moving_the_date_slider_back_hides_ties_reported_later()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var (page, _, _) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "?actor=ZMB&as_of=2031-04-01");
        await page.WaitForFunctionAsync("() => window.casusExplorer && casusExplorer.cy && casusExplorer.cy.nodes().length > 0");
        Assert.Equal(["Ardania", "Zembla"], (await Pages.NodeLabels(page)).Order(StringComparer.Ordinal));
        Assert.Equal("2031-04-01", await page.Locator("#asof-label").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Explorer_with_a_partner_cap_draws_only_the_strongest_and_says_how_many_it_shows()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var (page, _, _) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "?actor=ZMB&limit=1");
        await page.WaitForFunctionAsync("() => window.casusExplorer && casusExplorer.cy && casusExplorer.cy.nodes().length > 0");
        Assert.Equal(["Ardania", "Zembla"], (await Pages.NodeLabels(page)).Order(StringComparer.Ordinal));
        Assert.Contains("Showing 1 of 2 partners", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.BaseAddress + "?actor=ZMB");
        await page.WaitForFunctionAsync("() => window.casusExplorer && casusExplorer.cy && casusExplorer.cy.nodes().length > 0");
        Assert.Equal(3, (await Pages.NodeLabels(page)).Count);
        Assert.DoesNotContain("Showing", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Scenario_builder_shows_sorted_bars_factors_and_loads_from_its_permalink()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var (page, _, foreign) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "scenario.html");
        await Pages.RunScenario(page, "Ardania", "Borduria", "Carpathia");
        var cards = page.Locator("article.verdict");
        Assert.Equal(2, await cards.CountAsync());
        // Equal chances of material help and of diplomacy: by name, so the order is fixed.
        Assert.Equal(["red-militia", "ZMB"], await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.actorId)"));
        var zembla = page.Locator("article.verdict[data-actor-id=ZMB]");
        Assert.Equal(6, await zembla.Locator(".bar").CountAsync());
        Assert.Equal("P(words) 90% · P(diplomacy) 80% · P(material+) 30% · P(fighting) 20%", await zembla.Locator(".level.headline").TextContentAsync());
        Assert.Contains("most likely 2", await zembla.Locator(".level").Nth(1).TextContentAsync(), StringComparison.Ordinal);
        await zembla.Locator("summary").ClickAsync();
        Assert.Equal("Zembla and Ardania signed a pact in May.", await zembla.Locator("blockquote").First.TextContentAsync());
        await Pages.Screenshot(page, "scenario-fictional");

        var permalink = await page.Locator("#permalink").GetAttributeAsync("href");
        Assert.Contains("target=Ardania", permalink, StringComparison.Ordinal);
        var second = await chromium.Browser.NewPageAsync();
        await second.GotoAsync(new Uri(server.BaseAddress, permalink).ToString());
        await second.WaitForSelectorAsync("article.verdict");
        Assert.Equal("Carpathia", await second.InputValueAsync("#joins"));
        Assert.Equal(2, await second.Locator("article.verdict").CountAsync());
        var brief = await page.Locator("#brief-html").GetAttributeAsync("href");
        Assert.Contains("format=html", brief, StringComparison.Ordinal);
        Assert.Contains("<h2>Zembla</h2>", await server.Client.GetStringAsync(brief), StringComparison.Ordinal);
        Assert.Empty(foreign);
        await second.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Scenario_builder_with_a_known_by_date_leaves_out_later_articles_and_says_so()
    {
        var backend = new FictionalBackend();
        backend.Ingest("late-note.txt", System.Text.Encoding.UTF8.GetBytes("Zembla pledges field hospitals to Ardania."), "text/plain");
        await using var server = await RunningServer.Start(backend);
        var (page, _, _) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "scenario.html?target=Ardania&against=Borduria&as_of=2031-06-01&known_by=2031-05-31");
        await page.WaitForSelectorAsync("article.verdict");
        Assert.Equal("2031-05-31", await page.InputValueAsync("#known_by"));
        Assert.Contains("published by 2031-05-31 (1 claims withheld)", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("field hospitals", await page.Locator("#verdicts").InnerHTMLAsync(), StringComparison.Ordinal);
        Assert.Contains("known_by=2031-05-31", await page.Locator("#permalink").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Malicious_document_renders_as_inert_text_on_both_pages()
    {
        const string hostile = "Zembla may help Ardania <img src=x onerror=\"window.__pwned=1;alert('img')\"><script>window.__pwned=2;alert('script')</script> soon.";
        await using var server = await RunningServer.Start(new FictionalBackend());
        await server.Client.PostAsync("api/documents", new StringContent(hostile, Encoding.UTF8, "text/html"));
        var (page, dialogs, _) = await Pages.Open(chromium, server.BaseAddress);

        await page.GotoAsync(server.BaseAddress.ToString());
        await Pages.Search(page, "Zembla");
        await Pages.ClickEdge(page, "ZMB", "ARD");
        var quotes = await page.Locator("#evidence blockquote").AllTextContentsAsync();
        Assert.Contains(hostile, quotes);
        Assert.Equal(0, await page.Locator("#evidence img, #evidence script").CountAsync());

        await page.GotoAsync(server.BaseAddress + "scenario.html?target=Ardania&against=Borduria");
        await page.WaitForSelectorAsync("article.verdict");
        await page.Locator("article.verdict summary").First.ClickAsync();
        Assert.Contains(hostile, await page.Locator("article.verdict blockquote").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator("article.verdict img, article.verdict script").CountAsync());

        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Empty(dialogs);
        await page.CloseAsync();
    }
}
