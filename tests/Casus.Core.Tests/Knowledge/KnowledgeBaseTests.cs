using Casus.Core.Claims;
using Casus.Core.Knowledge;
using static Casus.Core.Tests.Fictional;

namespace Casus.Core.Tests.Knowledge;

public class KnowledgeBaseTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    private static KnowledgeBase World() => new(
        [Actor(Avalon, "Avalon"), Actor(Borduria, "Borduria"), Actor(Carpania, "Carpania")],
        [
            Claim(TieType.Treaty, reported: Day.AddDays(-10)),
            Claim(TieType.Support, reported: Day.AddDays(5)) with { Target = Carpania },
            Claim(TieType.Hostility, reported: Day.AddDays(-3), until: Day.AddDays(-1)) with { Source = Carpania, Target = Borduria },
            Claim(TieType.Alignment, reported: Day) with { Source = Borduria, Target = Avalon },
        ], []);

    [Fact]
    public void Knowledge_as_of_a_date_it_already_holds_is_not_narrowed_again()
    {
        var view = World().AsOf(Day);
        Assert.Equal(2, view.Claims.Count); // the treaty and the alignment; support is later, hostility ended
        Assert.Same(view, view.AsOf(Day));
        var earlier = view.AsOf(Day.AddDays(-5));
        Assert.NotSame(view, earlier);
        Assert.Single(earlier.Claims);
    }

    [Fact]
    public void Claims_among_actors_are_those_with_both_ends_among_them_in_knowledge_order()
    {
        IKnowledgeSlices world = World();
        var among = world.TieClaimsAmong([Avalon, Borduria]);
        Assert.Equal([TieType.Treaty, TieType.Alignment], among.Select(k => k.Claim.Type));
        Assert.Equal([0L, 3L], among.Select(k => k.Key));
        Assert.Empty(world.TieClaimsAmong([Carpania]));
    }
}
