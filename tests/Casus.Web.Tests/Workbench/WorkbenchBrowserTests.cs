using System.Net;
using System.Text.Json;
using Casus.Web.Tests.Browser;
using Casus.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Casus.Web.Tests.Workbench;

/// <summary>
/// Issue 15's "done when", in Debian's chromium over the starter knowledge base with ATOP imported:
/// a readable network around Iran, any date in two actions, "security ties, asserted", an actor page,
/// an article added by URL with its claims shown, and the claim that would change a verdict most.
/// </summary>
[Collection(BrowserCollection.Name)]
public class WorkbenchBrowserTests(ChromiumFixture chromium, WorkbenchServerFixture server) : IClassFixture<WorkbenchServerFixture>
{
    private const string Drawn = "() => window.casusExplorer && casusExplorer.cy && casusExplorer.cy.nodes().length > 0";

    private async Task<(IPage Page, List<string> Foreign)> Explorer(string query)
    {
        var (page, _, foreign) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + query);
        await page.WaitForFunctionAsync(Drawn);
        return (page, foreign);
    }

    /// <summary>Waits until the picture drawn is for a request made after <paramref name="before"/> (cytoscape is rebuilt per answer).</summary>
    private static async Task Redrawn(IPage page, object before) =>
        await page.WaitForFunctionAsync("(old) => window.casusExplorer.cy && window.casusExplorer.cy !== old", before);

    [Fact]
    public async Task Iran_with_ATOP_shows_a_few_dozen_labelled_nodes_without_overlap_one_edge_per_pair_and_family_and_a_legend()
    {
        var (page, foreign) = await Explorer("?actor=Iran");
        var picture = await page.EvaluateAsync<JsonElement>(@"() => {
            const cy = casusExplorer.cy, focus = cy.getElementById('IRN').position();
            return {
              nodes: cy.nodes().length, labelled: cy.nodes().filter(n => n.data('label')).length,
              overlaps: labelOverlaps(cy).length,
              edgeKeys: cy.edges().map(e => [e.source().id(), e.target().id()].sort().join('|') + '|' + e.data('family')),
              supportersRight: cy.nodes('[side = ""supporter""]').every(n => n.position().x > focus.x),
              adversariesLeft: cy.nodes('[side = ""adversary""]').every(n => n.position().x < focus.x),
              supporters: cy.nodes('[side = ""supporter""]').length, adversaries: cy.nodes('[side = ""adversary""]').length,
              omitted: casusExplorer.picture.omitted_partners,
            };
        }");
        Assert.InRange(picture.GetProperty("labelled").GetInt32(), 5, 36);
        Assert.Equal(0, picture.GetProperty("overlaps").GetInt32());
        var keys = picture.GetProperty("edgeKeys").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.True(picture.GetProperty("supporters").GetInt32() > 0 && picture.GetProperty("adversaries").GetInt32() > 0);
        Assert.True(picture.GetProperty("supportersRight").GetBoolean(), "a supporter is drawn left of Iran");
        Assert.True(picture.GetProperty("adversariesLeft").GetBoolean(), "an adversary is drawn right of Iran");
        var legend = await page.Locator("#legend").TextContentAsync();
        Assert.Contains("hostile", legend, StringComparison.Ordinal);
        Assert.Contains("nothing asserted", legend, StringComparison.Ordinal);

        // Hovering an edge says what it holds without a click.
        var mid = await page.EvaluateAsync<JsonElement>("() => { const e = casusExplorer.cy.edges().max(e => e.data('claims')).ele; const m = e.renderedMidpoint(); return {x: m.x, y: m.y}; }");
        var box = (await page.Locator("#graph").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + mid.GetProperty("x").GetSingle(), box.Y + mid.GetProperty("y").GetSingle());
        await page.WaitForSelectorAsync("#edge-tip:not([hidden])");
        Assert.Matches(@"\d+ claims? from \d+ sources?", await page.Locator("#edge-tip").TextContentAsync());

        if (picture.GetProperty("omitted").GetInt32() > 0)
        {
            var before = await page.EvaluateHandleAsync("() => casusExplorer.cy");
            await page.ClickAsync("#show-more");
            await Redrawn(page, before);
            Assert.True(await page.EvaluateAsync<int>("() => casusExplorer.cy.nodes().length") > picture.GetProperty("nodes").GetInt32());
            Assert.Equal(0, await page.EvaluateAsync<int>("() => labelOverlaps(casusExplorer.cy).length"));
        }
        await Pages.Screenshot(page, "workbench-explorer-iran");
        Assert.Empty(foreign);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Any_date_is_two_actions_away_and_the_slider_steps_over_claim_dates_only()
    {
        var (page, _) = await Explorer("?actor=Iran");
        var dates = await (await server.Client.GetAsync("api/dates")).Json(HttpStatusCode.OK);
        var count = dates.GetProperty("dates").GetArrayLength();
        Assert.Equal((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#asof", "max"));
        var nowEdges = await page.EvaluateAsync<int>("() => casusExplorer.cy.edges().length");

        // Action 1: click the date box; action 2: type the date (the change redraws).
        var before = await page.EvaluateHandleAsync("() => casusExplorer.cy");
        await page.ClickAsync("#asof-date");
        await page.FillAsync("#asof-date", "2015-01-01");
        await Redrawn(page, before);
        Assert.Equal("2015-01-01", await page.Locator("#asof-label").TextContentAsync());
        Assert.Contains("as of 2015-01-01", await page.Locator("#focus-title").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("as_of=2015-01-01", page.Url, StringComparison.Ordinal);
        var thenEdges = await page.EvaluateAsync<int>("() => casusExplorer.cy.edges().length");
        Assert.NotEqual(nowEdges, thenEdges);
        // The slider sits on the last claim date on or before it.
        var index = int.Parse(await page.InputValueAsync("#asof"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(string.CompareOrdinal(dates.GetProperty("dates")[index].GetString(), "2015-01-01") <= 0);

        before = await page.EvaluateHandleAsync("() => casusExplorer.cy");
        await page.ClickAsync("#asof-next");
        await Redrawn(page, before);
        Assert.Equal(dates.GetProperty("dates")[index + 1].GetString(), await page.Locator("#asof-label").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Security_ties_asserted_is_one_click_and_every_edge_left_is_an_asserted_security_edge()
    {
        var (page, _) = await Explorer("?actor=Iran");
        var all = await page.EvaluateAsync<int>("() => casusExplorer.cy.edges().length");
        var before = await page.EvaluateHandleAsync("() => casusExplorer.cy");
        await page.ClickAsync("#preset-security");
        await Redrawn(page, before);
        var edges = await page.EvaluateAsync<JsonElement>("() => casusExplorer.cy.edges().map(e => ({ family: e.data('family'), modality: e.data('modality'), dashed: e.data('dashed') }))");
        Assert.True(edges.GetArrayLength() > 0);
        Assert.True(edges.GetArrayLength() < all);
        Assert.All(edges.EnumerateArray(), e =>
        {
            Assert.Equal("security", e.GetProperty("family").GetString());
            Assert.Equal("asserted", e.GetProperty("modality").GetString());
            Assert.Equal(0, e.GetProperty("dashed").GetInt32());
        });
        Assert.Equal("security", await page.InputValueAsync("#f-type"));
        Assert.Contains("type=security", page.Url, StringComparison.Ordinal);
        Assert.Contains("modality=asserted", page.Url, StringComparison.Ordinal);

        // Reloading the permalink keeps the filter.
        await page.GotoAsync(page.Url);
        await page.WaitForFunctionAsync(Drawn);
        Assert.Equal("asserted", await page.InputValueAsync("#f-modality"));
        Assert.Equal(edges.GetArrayLength(), await page.EvaluateAsync<int>("() => casusExplorer.cy.edges().length"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Searching_a_spokesperson_opens_the_actor_he_speaks_for()
    {
        var (page, _, _) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress.ToString());
        await Pages.Search(page, "Putin");
        Assert.Equal("RUS", await page.EvaluateAsync<string>("() => casusExplorer.focus"));
        Assert.Contains("Russia", await page.Locator("#focus-title").TextContentAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Actor_page_from_the_explorer_lists_aliases_people_and_an_ally_table_with_sources_and_links_back()
    {
        var (page, _) = await Explorer("?actor=Russia");
        await page.ClickAsync("#link-actor");
        await page.WaitForSelectorAsync("#allies tbody tr");
        Assert.Equal("Russia", await page.Locator("#actor-name").TextContentAsync());
        Assert.Contains("Kremlin", await page.Locator("[data-fact=aliases]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Putin", await page.Locator("[data-fact=people]").TextContentAsync(), StringComparison.Ordinal);
        var iran = page.Locator("#allies tr[data-actor-id=IRN]");
        Assert.Equal(1, await iran.CountAsync());
        Assert.Contains("treaty", await iran.Locator("td").Nth(2).TextContentAsync(), StringComparison.Ordinal);
        await iran.Locator("summary").ClickAsync();
        Assert.True(await iran.Locator("blockquote").CountAsync() > 0);
        Assert.Contains("actor=RUS", await page.GetAttributeAsync("#actor-network", "href"), StringComparison.Ordinal);
        var scenario = await page.Locator("a.scenario-link").First.GetAttributeAsync("href");
        Assert.StartsWith("scenario.html?target=Russia", scenario, StringComparison.Ordinal);
        await Pages.Screenshot(page, "workbench-actor-russia");
        await page.ClickAsync("#actor-network");
        await page.WaitForFunctionAsync(Drawn);
        Assert.Equal("RUS", await page.EvaluateAsync<string>("() => casusExplorer.focus"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_article_added_by_url_shows_the_claims_read_from_it_and_adding_it_again_adds_nothing()
    {
        // An invented report, served on loopback the way a news site would serve it.
        const string sentence = "Pakistan condemned Israel's strikes on Iran as a violation of international law.";
        var site = WebApplication.CreateBuilder();
        site.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = site.Build();
        app.MapGet("/report.txt", () => Results.Text("Invented Wire — 2025-06-23\n\n" + sentence + "\n", "text/plain"));
        await app.StartAsync();
        var url = app.Urls.First() + "/report.txt";

        var (page, _, _) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "add.html");
        await page.FillAsync("#url", url);
        await page.ClickAsync("#add-url button");
        await page.WaitForSelectorAsync("#items tbody tr");
        Assert.Equal("added", await page.GetAttributeAsync("#items tbody tr", "data-status"));
        await page.WaitForSelectorAsync("#claims .claim");
        Assert.Contains(sentence, await page.Locator("#claims blockquote").AllTextContentsAsync());
        Assert.Contains("Pakistan", await page.Locator("#claims").TextContentAsync(), StringComparison.Ordinal);
        await Pages.Screenshot(page, "workbench-add");

        await page.ClickAsync("#add-url button");
        await page.WaitForSelectorAsync("#items tbody tr[data-status=already_stored]");
        await page.CloseAsync();
        await app.StopAsync();
    }

    [Fact]
    public async Task Scenario_builder_says_for_a_verdict_which_claim_would_change_it_most_and_how_much_rests_on_the_prior()
    {
        var (page, _, foreign) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "scenario.html?target=Iran&against=Israel&joins=United%20States");
        await page.WaitForSelectorAsync("article.verdict[data-actor-id=RUS] .ask");
        var card = page.Locator("article.verdict[data-actor-id=RUS]");
        await card.Locator(".ask").ClickAsync();
        await card.Locator(".question .claims-moved tbody tr").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        var question = await (await server.Client.GetAsync("api/question?target=Iran&against=Israel&joins=United%20States&actor=RUS")).Json(HttpStatusCode.OK);
        var top = question.GetProperty("claims")[0];
        // The sentence named as decisive is the one whose removal moves the expected level most, and it moves it.
        Assert.Contains(top.GetProperty("sentence").GetString()!, await card.Locator(".decisive blockquote").TextContentAsync(), StringComparison.Ordinal);
        var moved = question.GetProperty("claims").EnumerateArray()
            .Select(c => Math.Abs(c.GetProperty("expected_without").GetDouble() - question.GetProperty("expected_level").GetDouble())).ToList();
        Assert.Equal(moved.Max(), moved[0]);
        Assert.True(moved[0] > 0.001, "removing the decisive sentence changes nothing");
        Assert.Contains("sits where the prior already put it", await card.Locator(".prior").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await card.Locator(".factors-moved tbody tr").CountAsync() >= 2);
        await Pages.Screenshot(page, "workbench-question");

        // Side by side with an earlier date.
        await page.Locator("#compare summary").ClickAsync();
        await page.FillAsync("#cmp-as_of", "2024-01-01");
        await page.ClickAsync("#cmp-run");
        await page.WaitForSelectorAsync("#comparison tbody tr");
        Assert.Contains("as of 2024-01-01", await page.Locator("#comparison thead").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#comparison tr[data-actor-id=RUS]").CountAsync());
        Assert.Empty(foreign);
        await page.CloseAsync();
    }

    [Fact]
    public async Task What_changed_between_two_dates_is_listed_as_the_api_and_cli_count_it_and_export_buttons_download()
    {
        var (page, _) = await Explorer("?actor=Iran");
        await page.ClickAsync("[data-tab=diff]");
        await page.FillAsync("#diff-from", "2024-01-01");
        await page.FillAsync("#diff-to", "2025-07-01");
        await page.ClickAsync("#diff-run");
        await page.WaitForSelectorAsync("#diff li");
        var api = await (await server.Client.GetAsync("api/diff?actor=IRN&from=2024-01-01&to=2025-07-01")).Json(HttpStatusCode.OK);
        Assert.Equal(api.GetProperty("changes").GetArrayLength(), await page.Locator("#diff li").CountAsync());
        Assert.True(await page.Locator("#diff li[data-change=appeared]").CountAsync() > 0);

        await page.ClickAsync("[data-tab=timeline]");
        await page.WaitForSelectorAsync("#timeline li");
        var dates = await page.Locator("#timeline li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.date).filter(Boolean)");
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        var graphml = await page.GetAttributeAsync("#export-graphml", "href");
        Assert.Contains("<graphml", await server.Client.GetStringAsync(graphml), StringComparison.Ordinal);
        Assert.StartsWith("source_id,", (await server.Client.GetStringAsync(await page.GetAttributeAsync("#export-csv", "href"))).TrimStart((char)0xFEFF), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Api_page_lays_out_the_openapi_document_of_this_server()
    {
        var (page, _, foreign) = await Pages.Open(chromium, server.BaseAddress);
        await page.GotoAsync(server.BaseAddress + "api.html");
        await page.WaitForSelectorAsync(".api-op");
        Assert.Equal(1, await page.Locator(".api-op[data-path='/api/picture/{actor}'][data-method=GET]").CountAsync());
        Assert.Equal(1, await page.Locator(".api-op[data-path='/api/documents'][data-method=POST]").CountAsync());
        Assert.Contains("limit", await page.Locator(".api-op[data-path='/api/picture/{actor}']").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(foreign);
        await page.CloseAsync();
    }
}
