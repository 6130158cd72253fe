using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Casus.Ingest.Dates;

namespace Casus.Ingest.Html;

/// <summary>
/// Title, outlet, author, date and URL from the page head, JSON-LD and <c>&lt;time&gt;</c>. Read before
/// chrome is removed (the date and byline often sit in the header). Decision: an unparseable date in
/// metadata is skipped in favour of the next source rather than rejecting the page — markup dates are
/// machine-written and often partial, unlike a header a person wrote.
/// </summary>
internal sealed record HtmlMetadata(string? Title, string? Outlet, string? Author, DateOnly? Date, string? Url)
{
    private static readonly string[] DateMetaNames = ["date", "pubdate", "publish-date", "publishdate", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date"];

    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var elements = DomWalk.Elements(document);
        var metas = elements.Where(e => e.LocalName == "meta").ToList();
        string? Meta(string key) => metas.FirstOrDefault(m =>
                string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

        var ld = JsonLdArticle.Find(elements
            .Where(e => e.LocalName == "script" && string.Equals(e.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.InnerHtml));

        var title = Meta("og:title") ?? ld?.Headline ?? Meta("twitter:title") ?? FirstText(elements, "h1") ?? NonEmpty(document.Title);
        var outlet = Meta("og:site_name") ?? ld?.Publisher ?? Meta("application-name");
        var author = NotUrl(Meta("author")) ?? ld?.Author ?? NotUrl(Meta("article:author"));
        var date = DateText.FromIso(Meta("article:published_time")) ?? DateText.FromIso(ld?.DatePublished)
            ?? DateMetaNames.Select(n => DateText.FromIso(Meta(n))).FirstOrDefault(d => d is not null)
            ?? elements.Where(e => e.LocalName == "time").Select(e => DateText.FromIso(e.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
        var url = Meta("og:url") ?? elements.FirstOrDefault(e => e.LocalName == "link" && e.GetAttribute("rel") == "canonical")?.GetAttribute("href");
        return new HtmlMetadata(Clean(title), Clean(outlet), Clean(author), date, url);
    }

    private static string? FirstText(List<IElement> elements, string tag) =>
        elements.FirstOrDefault(e => e.LocalName == tag) is { } e ? NonEmpty(BlockText.Extract(e)) : null;

    private static string? NotUrl(string? value) => value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Metadata can carry markup and control characters too; it is shown to users like the text.</summary>
    private static string? Clean(string? value) =>
        value is null ? null : NonEmpty(Decoding.TextSanitiser.Clean(HtmlText.ToPlainText(value)).Replace('\n', ' '));
}
