using System.Text.Json;
using Microsoft.Playwright;

namespace Casus.Web.Tests.Browser;

/// <summary>What a user does on the two pages, in Playwright terms, shared by the fictional and seed tests.</summary>
internal static class Pages
{
    /// <summary>Opens a page that records every dialog (an executed alert() would show as one) and every request leaving the server.</summary>
    public static async Task<(IPage Page, List<string> Dialogs, List<string> Foreign)> Open(ChromiumFixture chromium, Uri server)
    {
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var dialogs = new List<string>();
        var foreign = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                foreign.Add(request.Url);
        };
        return (page, dialogs, foreign);
    }

    public static async Task Search(IPage page, string name)
    {
        await page.FillAsync("#search", name);
        await page.PressAsync("#search", "Enter");
        await page.WaitForFunctionAsync("() => window.casusExplorer && casusExplorer.cy && casusExplorer.cy.nodes().length > 0");
    }

    public static async Task<IReadOnlyList<string>> NodeLabels(IPage page) =>
        await page.EvaluateAsync<string[]>("() => casusExplorer.cy.nodes().map(n => n.data('label'))");

    /// <summary>Clicks, with the mouse, on the middle of the first edge drawn between two actors.</summary>
    public static async Task ClickEdge(IPage page, string a, string b)
    {
        var point = await page.EvaluateAsync<JsonElement>(
            @"([a, b]) => {
                const edge = casusExplorer.cy.edges().filter(e => (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a))[0];
                if (!edge) return null;
                const m = edge.renderedMidpoint();
                return { x: m.x, y: m.y };
            }", new[] { a, b });
        Assert.True(point.ValueKind == JsonValueKind.Object, $"no edge drawn between {a} and {b}");
        var box = await page.Locator("#graph").BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Mouse.ClickAsync(box.X + point.GetProperty("x").GetSingle(), box.Y + point.GetProperty("y").GetSingle());
        await page.WaitForSelectorAsync("#evidence .claim");
    }

    public static async Task RunScenario(IPage page, string target, string against, string joins)
    {
        await page.FillAsync("#target", target);
        await page.FillAsync("#against", against);
        await page.FillAsync("#joins", joins);
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("article.verdict");
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDir, name + ".png"), FullPage = true });
}
