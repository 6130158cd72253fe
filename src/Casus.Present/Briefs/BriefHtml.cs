using System.Net;
using System.Text;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Present.Network;
using static Casus.Present.Briefs.BriefModel;

namespace Casus.Present.Briefs;

/// <summary>
/// The brief as one self-contained HTML page: inline CSS, an inline SVG of the network, no
/// script and no external request, so it can be mailed and opened offline. Written as polyglot
/// XHTML (void elements closed) so tests can parse it strictly. Every piece of text
/// that comes from articles or the database goes through <see cref="H"/>.
/// </summary>
public static class BriefHtml
{
    /// <param name="limit">Only the first this many verdicts in reading order (at least 1); null shows all.</param>
    /// <param name="knownBy">Judged only on what was published by a date: the header says so. Null: as before.</param>
    /// <param name="documentName">A cited document's title or file name (null: unknown), so the sources list names what a reader can look up.</param>
    public static string Render(ScenarioResult result, KnowledgeBase knowledge, int? limit = null, KnownByNote? knownBy = null, Func<string, string?>? documentName = null)
    {
        var html = new StringBuilder();
        var sources = new SourceList();
        var target = knowledge.NameOf(result.Scenario.Target);
        var verdicts = VerdictLimit.Top(Ordered(result), limit);
        var title = Title(result, knowledge);

        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
            .Append("<title>").Append(H(title)).Append("</title><style>").Append(BriefCss.Text).Append("</style></head><body>\n");
        html.Append("<h1>").Append(H(title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">As of ").Append(H(AsOf(result.Scenario))).Append(knownBy is null ? "" : ", " + H(knownBy.Describe()))
            .Append(". Levels: 0 none · 1 rhetorical · 2 diplomatic · 3 material · 4 indirect military · 5 direct military.</p>\n");
        html.Append("<figure>").Append(NetworkSvg.Render(knowledge, result.Scenario))
            .Append("<figcaption>Ties around ").Append(H(target)).Append("; the attacking side is ringed in red, dashed ties are not asserted as fact.</figcaption></figure>\n");

        html.Append("<h2>Summary</h2>\n<table><thead><tr><th>Actor</th>");
        foreach (var heading in HeadlineHeadings) html.Append("<th>").Append(H(heading)).Append("</th>");
        html.Append("<th>P(5)</th><th>Most likely level</th></tr></thead><tbody>\n");
        foreach (var v in verdicts)
        {
            html.Append("<tr><td><a href=\"#").Append(H(Anchor(v))).Append("\">").Append(H(ActorLabel(v, knowledge))).Append("</a></td>");
            foreach (var cell in HeadlineCells(v)) html.Append("<td class=\"n\">").Append(cell).Append("</td>");
            html.Append("<td class=\"n\">").Append(Percent(v.Probabilities[5]))
                .Append("</td><td>").Append(H(LevelLabel(v.Level))).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
        if (verdicts.Count > 0) html.Append("<p class=\"meta\">").Append(H(Headline.Legend)).Append("</p>\n");
        if (verdicts.Count < result.Verdicts.Count)
            html.Append("<p class=\"meta\">").Append(H(OmittedNote(verdicts.Count, result.Verdicts.Count))).Append("</p>\n");
        if (AnyCollective(verdicts, knowledge)) html.Append("<p class=\"meta\">").Append(H(CollectiveNote)).Append("</p>\n");
        if (verdicts.Count == 0) html.Append("<p>No actor has a tie to either side in the stored knowledge.</p>\n");

        foreach (var v in verdicts) Section(html, v, target, sources);

        html.Append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
        foreach (var (number, first) in sources.Entries)
            html.Append("<li id=\"src-").Append(number).Append("\">").Append(H(SourceLine(first, documentName))).Append("</li>\n");
        html.Append("</ol>\n</body></html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, Verdict v, string target, SourceList sources)
    {
        html.Append("<section id=\"").Append(H(Anchor(v))).Append("\"><h2>").Append(H(v.ActorName)).Append("</h2>\n");
        html.Append("<p class=\"verdict\">").Append(H(VerdictSentence(v, target))).Append("</p>\n");
        html.Append("<div class=\"bars\">");
        for (var level = 0; level < v.Probabilities.Count; level++)
        {
            var pct = Math.Round(v.Probabilities[level] * 100, 1).ToString(Inv);
            html.Append("<div class=\"bar\"><span style=\"height:").Append(pct).Append("%\"></span><small>")
                .Append(level).Append("</small></div>");
        }
        html.Append("</div>\n<ul class=\"factors\">\n");
        foreach (var factor in v.Factors)
        {
            var cls = factor.Effect >= 0 ? "up" : "down";
            html.Append("<li><strong>").Append(H(factor.Name)).Append("</strong> <span class=\"").Append(cls).Append("\">")
                .Append(Signed(factor.Effect)).Append("</span>: ").Append(H(factor.Explanation));
            foreach (var e in factor.Evidence.Take(QuotesPerFactor))
            {
                var n = sources.Cite(e);
                var (open, close) = QuoteMarks.For(e.Sentence);
                html.Append("<blockquote>").Append(open).Append(H(e.Sentence)).Append(close).Append(" <cite>— ").Append(H(Citation(e)))
                    .Append(" <a href=\"#src-").Append(n).Append("\">[").Append(n).Append("]</a></cite></blockquote>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ul></section>\n");
    }

    private static string Anchor(Verdict v) => "actor-" + v.Actor.Value;

    private static string H(string? text) => WebUtility.HtmlEncode(text ?? "");
}
