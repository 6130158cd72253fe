using System.Xml.Linq;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Network;
using Casus.Present.Workbench;

namespace Casus.Present.Tests.Workbench;

/// <summary>The workbench's pure parts: the readable picture, filters, the diff between dates, the ally table, the brief's SVG legend.</summary>
public class WorkbenchTests
{
    private static readonly ActorId Ardania = FictionalWorld.Ardania, Zembla = FictionalWorld.Zembla, Borduria = FictionalWorld.Borduria, Militia = FictionalWorld.Militia;

    private static TieClaim Claim(ActorId s, ActorId t, TieType type, Modality m, string sentence, DateOnly date, DateOnly? until = null, string outlet = "The Daily Fiction") =>
        new(s, t, type, type.DefaultSign(), m, new Evidence("doc-" + sentence.GetHashCode(StringComparison.Ordinal), sentence, 0, sentence.Length, outlet, date, "test", "t1"), ValidUntil: until);

    private static KnowledgeBase Busy() => new(
        FictionalWorld.Knowledge().Actors,
        [
            Claim(Zembla, Ardania, TieType.Treaty, Modality.Asserted, "Zembla and Ardania signed a pact.", new(2031, 1, 1)),
            Claim(Zembla, Ardania, TieType.ArmsSupply, Modality.Asserted, "Zembla ships rifles to Ardania.", new(2031, 2, 1)),
            Claim(Ardania, Zembla, TieType.MilitaryCooperation, Modality.Hedged, "The two may hold drills.", new(2031, 3, 1), outlet: "Other Paper"),
            Claim(Zembla, Ardania, TieType.EconomicTies, Modality.Hedged, "Zembla may buy Ardanian grain.", new(2031, 3, 1)),
            Claim(Borduria, Ardania, TieType.Hostility, Modality.Asserted, "Borduria shelled Ardania.", new(2031, 4, 1)),
            Claim(Ardania, Militia, TieType.Patronage, Modality.Asserted, "Ardania arms the militia.", new(2030, 1, 1), until: new(2031, 2, 15)),
            Claim(Zembla, Borduria, TieType.Condemnation, Modality.Asserted, "Zembla condemned Borduria.", new(2031, 4, 2)),
        ], []);

    [Fact]
    public void Picture_draws_one_edge_per_pair_and_family_weighted_by_its_claims_with_sides_and_dashes()
    {
        var picture = NetworkPicture.Around(Busy(), Ardania);
        var security = picture.Edges.Single(e => e.Family == RelationFamily.Security && (e.A == Zembla || e.B == Zembla));
        Assert.Equal(3, security.Claims);                 // treaty, arms and drills, either direction: one edge
        Assert.Equal("both", security.Direction);
        Assert.False(security.Dashed);                    // something in it is asserted
        var economic = picture.Edges.Single(e => e.Family == RelationFamily.Economic);
        Assert.True(economic.Dashed);                     // only hedged
        Assert.Equal(picture.Edges.Count, picture.Edges.Select(e => (e.A, e.B, e.Family)).Distinct().Count());
        Assert.Equal(Side.Supporter, picture.Nodes.Single(n => n.Id == Zembla).Side);
        Assert.Equal(Side.Adversary, picture.Nodes.Single(n => n.Id == Borduria).Side);
        Assert.Equal(-1, picture.Edges.Single(e => e.Family == RelationFamily.Hostile && (e.A == Ardania || e.B == Ardania)).Sign);
    }

    [Fact]
    public void Picture_keeps_the_partners_with_most_claims_and_counts_the_rest()
    {
        var picture = NetworkPicture.Around(Busy(), Ardania, limit: 1);
        Assert.Equal([Ardania, Zembla], picture.Nodes.Select(n => n.Id));
        Assert.Equal(3, picture.TotalPartners);
        Assert.Equal(2, picture.OmittedPartners);
    }

    [Fact]
    public void Security_ties_asserted_leaves_only_asserted_security_claims()
    {
        var filter = ClaimFilter.Parse(types: "security", modality: "asserted");
        var picture = NetworkPicture.Around(Busy(), Ardania, filter);
        Assert.All(picture.Edges, e => Assert.Equal(RelationFamily.Security, e.Family));
        Assert.Equal(2, picture.Edges.Single(e => e.A == Zembla || e.B == Zembla).Claims); // the hedged drills are out
        Assert.DoesNotContain(picture.Nodes, n => n.Id == Borduria);
        Assert.True(ClaimFilter.Parse().IsEmpty);
        Assert.Throws<InputException>(() => ClaimFilter.Parse(types: "friendship"));
        Assert.Throws<InputException>(() => ClaimFilter.Parse(from: "2031-05-01", to: "2031-01-01"));
        var dated = NetworkPicture.Around(Busy(), Ardania, ClaimFilter.Parse(from: "2031-03-01", outlet: "Other Paper"));
        Assert.Equal(1, Assert.Single(dated.Edges).Claims);
    }

    [Fact]
    public void Diff_lists_ties_that_appeared_and_ended_between_two_dates()
    {
        var changes = TieDiff.Between(Busy(), new DateOnly(2031, 1, 15), new DateOnly(2031, 4, 1), Ardania);
        Assert.Contains(changes, c => c.Kind == TieChangeKind.Ended && c.Type == TieType.Patronage && c.Target == Militia);
        Assert.Contains(changes, c => c.Kind == TieChangeKind.Appeared && c.Type == TieType.Hostility && c.Source == Borduria);
        Assert.DoesNotContain(changes, c => c.Type == TieType.Treaty); // it held on both dates, unchanged
        Assert.Empty(TieDiff.Between(Busy(), new DateOnly(2031, 5, 1), new DateOnly(2031, 6, 1)));
        Assert.Throws<InputException>(() => TieDiff.Between(Busy(), new DateOnly(2031, 6, 1), new DateOnly(2031, 1, 1)));
    }

    [Fact]
    public void Diff_sees_a_hedge_become_a_fact()
    {
        var kb = new KnowledgeBase(FictionalWorld.Knowledge().Actors,
        [
            Claim(Zembla, Ardania, TieType.Support, Modality.Hedged, "Zembla may back Ardania.", new(2031, 1, 1)),
            Claim(Zembla, Ardania, TieType.Support, Modality.Asserted, "Zembla backs Ardania.", new(2031, 3, 1)),
        ], []);
        var change = Assert.Single(TieDiff.Between(kb, new DateOnly(2031, 2, 1), new DateOnly(2031, 4, 1)));
        Assert.Equal(TieChangeKind.ModalityChanged, change.Kind);
        Assert.Equal(Modality.Hedged, change.Before!.StrongestModality);
        Assert.Equal(Modality.Asserted, change.After!.StrongestModality);
    }

    [Fact]
    public void Claim_dates_are_the_days_something_changes_not_every_calendar_day()
    {
        var dates = ClaimDates.Of(Busy());
        Assert.Contains(new DateOnly(2031, 2, 16), dates); // the day after the patronage ended
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(7, dates.Count); // seven distinct report, start and end dates
    }

    [Fact]
    public void Ally_table_puts_allies_first_with_their_commitment_and_sources()
    {
        var rows = AllyTable.For(Busy(), Ardania);
        Assert.Equal(Zembla, rows[0].Partner);
        Assert.StartsWith("treaty (asserted)", rows[0].Commitment, StringComparison.Ordinal);
        Assert.Equal(4, rows[0].Sources.Count);
        Assert.Equal(Side.Adversary, rows[^1].Side);
    }

    [Fact]
    public void Brief_svg_has_a_legend_and_no_two_labels_overlap_even_when_crowded()
    {
        var actors = Enumerable.Range(0, 30).Select(i => new Actor(new ActorId($"P{i:00}"), $"Partner with a long name {i}", ActorKind.State, [], [])).ToList();
        actors.Add(new Actor(Ardania, "Ardania", ActorKind.State, [], []));
        var claims = actors.Where(a => a.Id != Ardania).Select(a => Claim(a.Id, Ardania, TieType.Support, Modality.Asserted, a.Name + " backs Ardania.", new(2031, 1, 1)));
        var svg = XDocument.Parse(NetworkSvg.Render(new KnowledgeBase(actors, claims, []), Ardania));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var boxes = svg.Descendants(ns + "g").Select(g =>
        {
            var c = g.Element(ns + "circle")!;
            double N(string name) => double.Parse(c.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
            return (Name: g.Element(ns + "text")!.Value, Box: SvgLabels.BoxOf(N("cx"), N("cy"), N("r"), g.Element(ns + "text")!.Value));
        }).ToList();
        Assert.Equal(31, boxes.Count);
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].Box.Overlaps(boxes[j].Box), $"{boxes[i].Name} overlaps {boxes[j].Name}");
        var legend = string.Join(" ", svg.Root!.Elements(ns + "text").Select(t => t.Value));
        Assert.Contains("hostile", legend, StringComparison.Ordinal);
        Assert.Contains("not asserted", legend, StringComparison.Ordinal);
        Assert.Contains("armed group", legend, StringComparison.Ordinal);
    }
}
