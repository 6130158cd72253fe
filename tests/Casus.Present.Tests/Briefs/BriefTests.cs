using Casus.Core.Scenarios;
using System.Xml.Linq;
using Casus.Present.Briefs;

namespace Casus.Present.Tests.Briefs;

public class BriefTests
{
    [Fact]
    public void Markdown_brief_has_title_summary_row_and_section_per_verdict()
    {
        var md = BriefMarkdown.Render(FictionalWorld.Result(), FictionalWorld.Knowledge());
        Assert.StartsWith("# If Carpathia joins Borduria's war on Ardania", md, StringComparison.Ordinal);
        Assert.Contains("2031-06-01", md, StringComparison.Ordinal);
        Assert.Contains("| Zembla | 90% | 50% | 20% | 10% | 5% | 1 (rhetorical) |", md, StringComparison.Ordinal);
        Assert.Contains("| Red Militia | 95% | 90% | 80% | 60% | 10% | 4 (indirect military) |", md, StringComparison.Ordinal);
        Assert.Contains("## Zembla", md, StringComparison.Ordinal);
        Assert.Contains("## Red Militia", md, StringComparison.Ordinal);
        Assert.Contains("**stated_intent** (+0.30)", md, StringComparison.Ordinal); // intraword "_" is not emphasis: no escape
        Assert.Contains("**commitment** (−0.40)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bloc_is_marked_as_acting_through_its_members_and_states_are_not()
    {
        var kb = FictionalWorld.Knowledge();
        var pact = new Casus.Core.Actors.ActorId("north-pact");
        var withBloc = new Casus.Core.Knowledge.KnowledgeBase(
            kb.Actors.Append(new Casus.Core.Actors.Actor(pact, "North Pact", Casus.Core.Actors.ActorKind.Bloc, [], [])), kb.Claims, kb.States);
        var result = FictionalWorld.Result();
        var blocVerdict = result.Verdicts[0] with { Actor = pact, ActorName = "North Pact" };
        var both = new Casus.Core.Scenarios.ScenarioResult(result.Scenario, [.. result.Verdicts, blocVerdict]);

        var md = BriefMarkdown.Render(both, withBloc);
        Assert.Contains("| North Pact (bloc) |", md, StringComparison.Ordinal);
        Assert.Contains("| Zembla | ", md, StringComparison.Ordinal);
        Assert.Contains("act through their members", md, StringComparison.Ordinal);
        Assert.Contains("North Pact (bloc)", BriefHtml.Render(both, withBloc), StringComparison.Ordinal);
        Assert.DoesNotContain("act through their members", BriefMarkdown.Render(result, kb), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_brief_orders_sections_by_material_help_first()
    {
        var md = BriefMarkdown.Render(FictionalWorld.Result(), FictionalWorld.Knowledge());
        Assert.True(md.IndexOf("## Red Militia", StringComparison.Ordinal) < md.IndexOf("## Zembla", StringComparison.Ordinal));
    }

    /// <summary>Zembla will most likely do nothing but has a 39% chance of sending arms; the militia will
    /// almost surely only talk. By the mean the militia came first and Zembla read "0 (none)".</summary>
    private static Casus.Core.Scenarios.ScenarioResult TwoPeaked()
    {
        var result = FictionalWorld.Result();
        var (zembla, militia) = (result.Verdicts[0], result.Verdicts[1]);
        return result with
        {
            Verdicts =
            [
                militia with { Probabilities = [0, 0.1, 0.8, 0.1, 0, 0], Level = LadderLevel.Diplomatic, Cap = null },
                zembla with { Probabilities = [0.55, 0.05, 0.01, 0.39, 0, 0], Level = LadderLevel.None },
            ],
        };
    }

    [Fact]
    public void Summary_leads_with_the_four_chances_and_a_real_chance_of_arms_comes_first()
    {
        var md = BriefMarkdown.Render(TwoPeaked(), FictionalWorld.Knowledge());
        Assert.Contains("| Actor | P(words) | P(diplomacy) | P(material+) | P(fighting) | P(5) | Most likely level |", md, StringComparison.Ordinal);
        Assert.Contains("| Zembla | 45% | 40% | 39% | 0% | 0% | 0 (none) |", md, StringComparison.Ordinal);
        Assert.Contains("| Red Militia | 100% | 90% | 10% | 0% | 0% | 2 (diplomatic) |", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("| Zembla |", StringComparison.Ordinal) < md.IndexOf("| Red Militia |", StringComparison.Ordinal));
        Assert.True(md.IndexOf("## Zembla", StringComparison.Ordinal) < md.IndexOf("## Red Militia", StringComparison.Ordinal));
        Assert.Contains("Sorted by P(material+), then P(diplomacy)", md, StringComparison.Ordinal);
        // The sentence states the chances before the single most likely level, which alone would mislead.
        var sentence = md[md.IndexOf("Zembla for Ardania:", StringComparison.Ordinal)..];
        Assert.True(sentence.IndexOf("P(material+) 39%", StringComparison.Ordinal) < sentence.IndexOf("most likely level is 0 (none)", StringComparison.Ordinal));

        var doc = XDocument.Parse(BriefHtml.Render(TwoPeaked(), FictionalWorld.Knowledge()) is var html ? html[html.IndexOf("<html", StringComparison.Ordinal)..] : "");
        var table = doc.Descendants("table").First();
        Assert.Equal(["Actor", "P(words)", "P(diplomacy)", "P(material+)", "P(fighting)", "P(5)", "Most likely level"], table.Descendants("th").Select(th => th.Value));
        var rows = table.Descendants("tbody").Single().Elements("tr").Select(tr => tr.Elements("td").Select(td => td.Value).ToList()).ToList();
        Assert.Equal(["Zembla", "45%", "40%", "39%", "0%", "0%", "0 (none)"], rows[0]);
        Assert.Equal("Red Militia", rows[1][0]);
    }

    [Fact]
    public void Markdown_brief_quotes_evidence_with_outlet_date_and_numbered_source()
    {
        var md = BriefMarkdown.Render(FictionalWorld.Result(), FictionalWorld.Knowledge());
        Assert.Contains("“Zembla and Ardania signed a pact in May.” — The Daily Fiction, 2031-03-04 [", md, StringComparison.Ordinal);
        var sources = md[md.IndexOf("## Sources", StringComparison.Ordinal)..];
        Assert.Contains("1. ", sources, StringComparison.Ordinal);
        Assert.Contains("2. ", sources, StringComparison.Ordinal);
        Assert.Contains("https://example.test/doc-b", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_brief_escapes_script_in_evidence()
    {
        var md = BriefMarkdown.Render(FictionalWorld.Result(), FictionalWorld.Knowledge());
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_brief_is_well_formed_and_shows_every_verdict()
    {
        var html = BriefHtml.Render(FictionalWorld.Result(), FictionalWorld.Knowledge());
        var doc = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        var sections = doc.Descendants("section").Select(s => s.Element("h2")!.Value).ToList();
        Assert.Equal(["Red Militia", "Zembla"], sections);
        Assert.Contains(doc.Descendants("td"), td => td.Value == "4 (indirect military)");
        Assert.Single(doc.Descendants("{http://www.w3.org/2000/svg}svg"));
    }

    [Fact]
    public void Html_brief_renders_hostile_evidence_as_text_and_makes_no_requests()
    {
        var html = BriefHtml.Render(FictionalWorld.Result(), FictionalWorld.Knowledge());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        var doc = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "img" or "link" or "iframe");
        Assert.DoesNotContain(doc.Descendants().Attributes(),
            a => a.Name.LocalName is "src" or "href" && !a.Value.StartsWith('#'));
    }

    [Fact]
    public void Limited_brief_shows_the_actors_most_likely_to_help_and_says_how_many_were_left_out()
    {
        // The militia's P(material+) is higher than Zembla's, so a limit of one keeps the militia whatever the result's order.
        var md = BriefMarkdown.Render(FictionalWorld.Result(), FictionalWorld.Knowledge(), limit: 1);
        Assert.Contains("## Red Militia", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Zembla |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("## Zembla", md, StringComparison.Ordinal);
        Assert.Contains("Only the 1 most likely to help of 2 actors are shown", md, StringComparison.Ordinal);
        var html = BriefHtml.Render(FictionalWorld.Result(), FictionalWorld.Knowledge(), limit: 1);
        Assert.Contains("<h2>Red Militia</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Zembla</h2>", html, StringComparison.Ordinal);
        Assert.Contains("the other 1 are left out", html, StringComparison.Ordinal);
        Assert.NotNull(XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]).Root);
    }

    [Fact]
    public void Brief_with_a_limit_covering_every_actor_is_the_unlimited_brief()
    {
        var (result, kb) = (FictionalWorld.Result(), FictionalWorld.Knowledge());
        Assert.Equal(BriefMarkdown.Render(result, kb), BriefMarkdown.Render(result, kb, limit: 2));
        Assert.Equal(BriefHtml.Render(result, kb), BriefHtml.Render(result, kb, limit: 50));
        Assert.DoesNotContain("left out", BriefMarkdown.Render(result, kb), StringComparison.Ordinal);
    }
}
