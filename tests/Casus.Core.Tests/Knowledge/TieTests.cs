using Casus.Core.Claims;
using Casus.Core.Knowledge;
using static Casus.Core.Tests.Fictional;

namespace Casus.Core.Tests.Knowledge;

public class TieTests
{
    [Fact]
    public void The_same_tie_reported_by_two_outlets_is_one_tie_with_two_pieces_of_evidence()
    {
        var kb = new KnowledgeBase([Actor(Avalon, "Avalon"), Actor(Borduria, "Borduria")],
            [Claim(TieType.ArmsSupply, doc: "a", outlet: "Herald"), Claim(TieType.ArmsSupply, doc: "b", outlet: "Courier")], []);
        var tie = Assert.Single(kb.TiesOf(Avalon));
        Assert.Equal(2, tie.Corroboration);
        Assert.Equal(2, tie.DistinctOutlets);
        Assert.False(tie.IsContested);
    }

    [Fact]
    public void An_asserted_and_a_negated_claim_are_kept_side_by_side_as_a_contested_tie()
    {
        var kb = new KnowledgeBase([], [Claim(TieType.ArmsSupply, doc: "a"), Claim(TieType.ArmsSupply, Modality.Negated, doc: "b")], []);
        var tie = Assert.Single(kb.AllTies());
        Assert.True(tie.IsContested);
        Assert.Equal(Modality.Asserted, tie.StrongestModality);
        Assert.Equal(2, tie.Claims.Count);
    }

    [Fact]
    public void Part_of_links_are_followed_transitively()
    {
        var faction = new Casus.Core.Actors.ActorId("faction");
        var militia = new Casus.Core.Actors.ActorId("militia");
        var axis = new Casus.Core.Actors.ActorId("axis");
        var kb = new KnowledgeBase([Actor(faction, "Faction", militia), Actor(militia, "Militia", axis), Actor(axis, "Axis")], [], []);
        Assert.Equal([militia, axis], kb.Ancestors(faction));
    }
}
