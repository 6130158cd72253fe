using System.Xml.Linq;
using Casus.Ingest.Html;

namespace Casus.Ingest.Feeds;

/// <summary>One RSS item or Atom entry, its HTML already reduced to text.</summary>
internal sealed record FeedItem(string? Title, string? Link, DateOnly? Date, string? Author, string Text);

/// <summary>Namespace-agnostic access to feed elements (RSS 0.9x/1.0/2.0 and Atom mix namespaces freely).</summary>
internal static class FeedXml
{
    public static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    public static string? Value(XElement? parent, string localName) =>
        Child(parent, localName)?.Value.Trim() is { Length: > 0 } v ? v : null;

    /// <summary>Titles and bodies may hold escaped HTML; both go through the page cleaner.</summary>
    public static string? PlainText(string? html) =>
        html is null ? null : HtmlText.ToPlainText(html) is { Length: > 0 } text ? text : null;

    /// <summary>Atom text constructs: type="xhtml" carries markup as child elements, html as escaped text.</summary>
    public static string? AtomText(XElement? element)
    {
        if (element is null) return null;
        var type = (string?)element.Attribute("type");
        if (type == "xhtml") return PlainText(string.Concat(element.Nodes().Select(n => n.ToString())));
        return type is null or "text" ? element.Value.Trim() is { Length: > 0 } v ? v : null : PlainText(element.Value);
    }
}
