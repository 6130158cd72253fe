using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Casus.Ingest.Html;

/// <summary>
/// Removes what is not the article: page furniture by tag and ARIA role, and blocks whose class or id
/// names them as chrome (cookie banners, related / most-read lists, newsletters, comments, ads, sharing).
/// <c>html</c>, <c>body</c>, <c>main</c>, <c>article</c> and their ancestors are never removed by the
/// class/id heuristics, so an article whose class merely mentions "comments" survives.
/// </summary>
internal static partial class Boilerplate
{
    private static readonly HashSet<string> JunkTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
        "iframe", "frame", "frameset", "object", "embed", "svg", "canvas", "video", "audio", "picture", "button",
        "select", "input", "textarea", "dialog", "menu", "link", "meta",
    };

    private static readonly HashSet<string> JunkRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
    };

    private static readonly HashSet<string> ProtectedTags = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|menu|header|masthead|footer|sidebar|aside|ad|ads|advert\w*|adslot|banner|promo\w*|sponsor\w*|cookie\w*|consent|gdpr|related|most-?read|popular|trending|recommend\w*|newsletter|subscribe|subscription|signup|comments?|disqus|share|sharing|social|breadcrumbs?|paywall|outbrain|taboola|modal|popup|caption)(?=[\s_-]|$)")]
    private static partial Regex ChromeName();

    public static void Remove(INode root)
    {
        var elements = DomWalk.Elements(root);
        var keep = ProtectedSet(elements);
        foreach (var e in elements.Where(e => IsJunk(e, keep)).ToList())
            e.Parent?.RemoveChild(e);
    }

    /// <summary>Tags that never carry article text, whatever the page (used for feed item bodies too).</summary>
    public static void RemoveTags(INode root)
    {
        foreach (var e in DomWalk.Elements(root).Where(e => JunkTags.Contains(e.LocalName)).ToList())
            e.Parent?.RemoveChild(e);
    }

    private static bool IsJunk(IElement e, HashSet<IElement> keep)
    {
        if (JunkTags.Contains(e.LocalName)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        if (e.GetAttribute("role") is { } role && JunkRoles.Contains(role)) return true;
        if (keep.Contains(e)) return false;
        var names = $"{e.GetAttribute("class")} {e.Id}".ToLowerInvariant();
        return names.Length > 1 && ChromeName().IsMatch(names);
    }

    private static HashSet<IElement> ProtectedSet(List<IElement> elements)
    {
        var keep = new HashSet<IElement>();
        foreach (var e in elements.Where(e => ProtectedTags.Contains(e.LocalName)))
            for (var a = e; a is not null && keep.Add(a); a = a.ParentElement) { }
        return keep;
    }
}
