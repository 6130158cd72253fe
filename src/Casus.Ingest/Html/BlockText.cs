using System.Text;
using AngleSharp.Dom;

namespace Casus.Ingest.Html;

/// <summary>
/// Flattens a DOM subtree to paragraphs: block elements start new paragraphs (separated by a blank line),
/// whitespace inside a paragraph collapses to single spaces, and only text nodes count — attributes such
/// as <c>onerror</c> and removed elements such as <c>script</c> never reach the text.
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "body", "address", "details", "summary",
    };

    public static string Extract(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0) paragraphs.Add(text);
            current.Clear();
        }

        void Boundary(INode node)
        {
            if (node is IElement e && Blocks.Contains(e.LocalName)) Flush();
        }

        DomWalk.Walk(root, node =>
        {
            if (node.NodeType == NodeType.Text) AppendCollapsed(current, node.NodeValue ?? "");
            else Boundary(node);
        }, Boundary);
        Flush();
        return string.Join("\n\n", paragraphs);
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c);
        }
    }
}
