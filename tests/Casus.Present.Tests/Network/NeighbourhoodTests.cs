using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Network;

namespace Casus.Present.Tests.Network;

public class NeighbourhoodTests
{
    [Fact]
    public void Network_around_an_actor_draws_every_tie_among_its_partners_with_all_their_claims_in_order()
    {
        var kb = FictionalWorld.Knowledge();
        // Two more reports of a tie between two partners, and one to an outsider that must stay out.
        var outsider = new ActorId("outsider");
        kb = new KnowledgeBase(kb.Actors, [.. kb.Claims,
            new TieClaim(FictionalWorld.Zembla, FictionalWorld.Militia, TieType.Condemnation, -1, Modality.Asserted, FictionalWorld.Quote("Zembla condemns the militia.", "doc-z")),
            new TieClaim(FictionalWorld.Zembla, outsider, TieType.Alignment, 1, Modality.Asserted, FictionalWorld.Quote("Zembla and the outsider agree.", "doc-z")),
            new TieClaim(FictionalWorld.Zembla, FictionalWorld.Militia, TieType.Condemnation, -1, Modality.Hedged, FictionalWorld.Quote("Zembla may condemn the militia.", "doc-y"))], kb.States);

        var around = Neighbourhood.Around(kb, FictionalWorld.Ardania);

        var drawn = around.Nodes.Select(n => n.Id).ToHashSet();
        Assert.DoesNotContain(outsider, drawn);
        var expected = kb.AllTies().Where(t => drawn.Contains(t.Source) && drawn.Contains(t.Target)).ToList();
        Assert.Contains(expected, t => t.Source == FictionalWorld.Zembla && t.Target == FictionalWorld.Militia && t.Claims.Count == 2);
        Assert.Equal(expected.Select(Describe), around.Ties.Select(Describe));
    }

    private static string Describe(Tie tie) =>
        $"{tie.Source}>{tie.Target}:{tie.Type} " + string.Join(" | ", tie.Claims.Select(c => c.Evidence.Sentence));
}
