using System.Globalization;
using System.Net;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Present.Network;

/// <summary>
/// The network as an inline SVG with no external references: nodes coloured by kind, edges by
/// tie type and sign, dashed when not asserted. All labels are XML-escaped.
/// </summary>
public static class NetworkSvg
{
    /// <summary>Beyond this many neighbours the picture stops being readable; the busiest are kept.</summary>
    public const int MaxNodes = 40;

    public static string Render(KnowledgeBase knowledge, ActorId focus) => Render(knowledge, focus, []);

    /// <summary>The scenario's picture: target in the centre, attackers and joiners on the left.</summary>
    public static string Render(KnowledgeBase knowledge, Scenario scenario) =>
        Render(knowledge, scenario.Target, scenario.OtherSide.ToList());

    public static string Render(KnowledgeBase knowledge, ActorId focus, IReadOnlyCollection<ActorId> opposing)
    {
        var view = Trim(Neighbourhood.Around(knowledge, focus), opposing);
        var nodes = view.Nodes.Concat(opposing.Where(o => view.Nodes.All(n => n.Id != o))
            .Select(o => new NetworkNode(o, knowledge.NameOf(o), knowledge.Find(o)?.Kind))).ToList();
        var at = NetworkLayout.Place(nodes, focus, opposing).ToDictionary(p => p.Key, p => p.Value);
        // Labels that would collide move outward; the picture then grows to hold them and the legend below.
        SvgLabels.Separate(at, nodes, focus, id => id == focus ? 16 : 11);
        var boxes = nodes.Select(n => SvgLabels.BoxOf(at[n.Id].X, at[n.Id].Y, n.Id == focus ? 16 : 11, n.Name)).ToList();
        var left = Math.Min(0, boxes.Min(b => b.X1) - 4);
        var top = Math.Min(0, boxes.Min(b => b.Y1) - 4);
        var right = Math.Max(NetworkLayout.Width, boxes.Max(b => b.X2) + 4);
        var bottom = Math.Max(NetworkLayout.Height, boxes.Max(b => b.Y2) + 4);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{left:0.#} {top:0.#} {right - left:0.#} {bottom - top + LegendHeight:0.#}\" role=\"img\" aria-label=\"Network around {Esc(knowledge.NameOf(focus))}\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"22\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#777\"/></marker></defs>");
        foreach (var tie in view.Ties)
        {
            if (!at.TryGetValue(tie.Source, out var a) || !at.TryGetValue(tie.Target, out var b)) continue;
            var dash = Palette.Dashed(tie.StrongestModality) ? " stroke-dasharray=\"6 4\"" : "";
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{a.X:0.#}\" y1=\"{a.Y:0.#}\" x2=\"{b.X:0.#}\" y2=\"{b.Y:0.#}\" stroke=\"{Palette.ForTie(tie.Type, tie.Sign)}\" stroke-width=\"1.6\" opacity=\"0.8\"{dash} marker-end=\"url(#arrow)\"><title>{Esc($"{knowledge.NameOf(tie.Source)} → {knowledge.NameOf(tie.Target)}: {tie.Type} ({tie.StrongestModality}, {tie.Corroboration} claims)")}</title></line>");
        }
        foreach (var node in nodes)
        {
            var (x, y) = at[node.Id];
            var ring = opposing.Contains(node.Id) ? " stroke=\"#c0392b\" stroke-width=\"3\"" : " stroke=\"#fff\" stroke-width=\"1.5\"";
            var r = node.Id == focus ? 16 : 11;
            svg.Append(CultureInfo.InvariantCulture,
                $"<g><circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r}\" fill=\"{Palette.ForKind(node.KindName)}\"{ring}/>" +
                $"<text x=\"{x:0.#}\" y=\"{y + r + 12:0.#}\" text-anchor=\"middle\" font-size=\"11\" font-family=\"sans-serif\">{Esc(node.Name)}</text></g>");
        }
        Legend(svg, left, bottom);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private const double LegendHeight = 46;

    /// <summary>What the colours and strokes mean, under the picture (plain elements, no groups: a group is a node).</summary>
    private static void Legend(StringBuilder svg, double left, double y)
    {
        var x = left + 8;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left:0.#}\" y=\"{y:0.#}\" width=\"100%\" height=\"{LegendHeight}\" fill=\"#fafafa\"/>");
        void Item(string mark, string label)
        {
            svg.Append(mark);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 26:0.#}\" y=\"{y + 4:0.#}\" font-size=\"10\" font-family=\"sans-serif\" dominant-baseline=\"middle\">{Esc(label)}</text>");
            x += 30 + label.Length * 5.6;
        }
        string Line(string colour, bool dashed) => string.Create(CultureInfo.InvariantCulture,
            $"<line x1=\"{x:0.#}\" y1=\"{y + 4:0.#}\" x2=\"{x + 22:0.#}\" y2=\"{y + 4:0.#}\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"6 4\"" : "")}/>");
        string Dot(string colour) => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x + 11:0.#}\" cy=\"{y + 4:0.#}\" r=\"5\" fill=\"{colour}\"/>");
        y += 14;
        Item(Line(Palette.ForTie(TieType.Treaty, 1), false), "security tie");
        Item(Line(Palette.ForTie(TieType.EconomicTies, 1), false), "economic tie");
        Item(Line(Palette.ForTie(TieType.Alignment, 1), false), "membership / alignment");
        Item(Line(Palette.ForTie(TieType.Support, 1), false), "other cooperative");
        Item(Line(Palette.ForTie(TieType.Hostility, -1), false), "hostile");
        Item(Line("#777", true), "not asserted (hedged, negated...)");
        x = left + 8;
        y += 18;
        foreach (var kind in new[] { "state", "armed_group", "movement", "bloc", "organisation" })
            Item(Dot(Palette.ForKind(kind)), kind.Replace('_', ' '));
        Item(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x + 11:0.#}\" cy=\"{y + 4:0.#}\" r=\"5\" fill=\"#fff\" stroke=\"#c0392b\" stroke-width=\"2\"/>"), "attacking side");
    }

    private static Neighbourhood Trim(Neighbourhood around, IReadOnlyCollection<ActorId> opposing)
    {
        if (around.Nodes.Count <= MaxNodes) return around;
        var degree = around.Ties.SelectMany(t => new[] { t.Source, t.Target }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var keep = around.Nodes
            .OrderByDescending(n => n.Id == around.Focus || opposing.Contains(n.Id))
            .ThenByDescending(n => degree.GetValueOrDefault(n.Id))
            .ThenBy(n => n.Id.Value, StringComparer.Ordinal)
            .Take(MaxNodes).OrderBy(n => n.Id.Value, StringComparer.Ordinal).ToList();
        var ids = keep.Select(n => n.Id).ToHashSet();
        return around with { Nodes = keep, Ties = around.Ties.Where(t => ids.Contains(t.Source) && ids.Contains(t.Target)).ToList() };
    }

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}
