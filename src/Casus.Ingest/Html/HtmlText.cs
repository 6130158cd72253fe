using AngleSharp.Html.Parser;

namespace Casus.Ingest.Html;

/// <summary>
/// HTML fragment → plain text, for feed item bodies and titles: the same cleaner as pages (scripts, styles,
/// embeds and forms dropped; tags vanish, their text stays; entities decoded).
/// </summary>
public static class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (html.IndexOfAny(['<', '&']) < 0) return html.Trim();
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(NestingLimit.Apply(html));
        var root = (AngleSharp.Dom.INode?)document.Body ?? document;
        Boilerplate.RemoveTags(root);
        return BlockText.Extract(root);
    }
}
