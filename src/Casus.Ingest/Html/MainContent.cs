using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Casus.Ingest.Html;

/// <summary>
/// Picks the element holding the article: the longest <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c> /
/// role=main / itemprop=articleBody, else the densest block — the element whose direct paragraph children
/// hold the most text (the classic readability measure; a page of teasers spreads its text thin).
/// </summary>
internal static class MainContent
{
    private const int MinParagraph = 25;

    public static INode Find(IHtmlDocument document)
    {
        var root = (INode?)document.Body ?? document;
        var elements = DomWalk.Elements(root);

        var article = elements.Where(e => e.LocalName == "article")
            .Select(e => (Element: e, Length: DomWalk.TextLength(e))).OrderByDescending(x => x.Length).FirstOrDefault();
        if (article.Element is not null && article.Length > 0) return article.Element;

        var main = elements.FirstOrDefault(e => e.LocalName == "main" || e.GetAttribute("role") == "main"
            || e.GetAttribute("itemprop") == "articleBody");
        if (main is not null && DomWalk.TextLength(main) > 0) return main;

        return Densest(elements) ?? root;
    }

    private static IElement? Densest(List<IElement> elements)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var p in elements.Where(e => e.LocalName == "p"))
        {
            var length = DomWalk.TextLength(p);
            if (length < MinParagraph || p.ParentElement is not { } parent) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }
}
