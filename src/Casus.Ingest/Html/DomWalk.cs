using AngleSharp.Dom;

namespace Casus.Ingest.Html;

/// <summary>
/// Iterative pre-order traversal via sibling/parent links: no recursion, so 10,000 nested tags cannot
/// overflow the stack (AngleSharp's own TextContent and selector helpers are avoided for that reason).
/// </summary>
internal static class DomWalk
{
    /// <summary>Calls <paramref name="enter"/> on each node below <paramref name="root"/> and <paramref name="exit"/> after its subtree.</summary>
    public static void Walk(INode root, Action<INode> enter, Action<INode>? exit = null)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            enter(node);
            if (node.FirstChild is not null) { node = node.FirstChild; continue; }
            exit?.Invoke(node);
            while (node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || ReferenceEquals(node, root)) return;
                exit?.Invoke(node);
            }
            node = node.NextSibling;
        }
    }

    public static List<IElement> Elements(INode root)
    {
        var found = new List<IElement>();
        Walk(root, n => { if (n is IElement e) found.Add(e); });
        return found;
    }

    /// <summary>Total length of the text below a node, whitespace included (a cheap density measure).</summary>
    public static int TextLength(INode root)
    {
        var length = 0;
        Walk(root, n => { if (n.NodeType == NodeType.Text) length += n.NodeValue?.Length ?? 0; });
        return length;
    }
}
