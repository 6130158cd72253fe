using Casus.Core.Actors;
using Casus.Core.Knowledge;
using static Casus.Present.Tests.HubWorld;

namespace Casus.Present.Tests;

public class TiesLimitTests
{
    [Fact]
    public void Limit_keeps_the_partners_with_most_claims_and_equal_counts_go_by_name_ignoring_case()
    {
        var kept = TiesLimit.Keep(Knowledge().AsOf(MidYear), Hub, 3);
        Assert.Equal([Alvar, Belmar, Ostia], Sorted(kept.Partners));
        Assert.Equal((4, 1), (kept.TotalPartners, kept.OmittedPartners));
        Assert.Equal((7, 1), (kept.TotalTies, kept.OmittedTies)); // Corvia's one condemnation is what is left out
    }

    [Fact]
    public void Strength_counts_only_claims_holding_on_the_date()
    {
        var knowledge = Knowledge();
        Assert.Equal([Dunmark], Sorted(TiesLimit.Keep(knowledge, Hub, 1).Partners));
        Assert.Equal([Ostia], Sorted(TiesLimit.Keep(knowledge.AsOf(MidYear), Hub, 1).Partners));
    }

    [Fact]
    public void Kept_ties_stay_in_the_order_of_the_whole_list()
    {
        var view = Knowledge().AsOf(MidYear);
        var kept = TiesLimit.Keep(view, Hub, 2);
        Assert.Equal(Describe(view.TiesOf(Hub).Where(t => kept.Partners.Contains(TiesLimit.PartnerOf(t, Hub)))), Describe(kept.Ties));
        Assert.Equal([Alvar, Ostia], Sorted(kept.Partners));
    }

    [Fact]
    public void No_limit_or_one_above_the_partner_count_keeps_every_tie_and_omits_nothing()
    {
        var view = Knowledge().AsOf(MidYear);
        foreach (var limit in new int?[] { null, 4, int.MaxValue })
        {
            var kept = TiesLimit.Keep(view, Hub, limit);
            Assert.Equal(Describe(view.TiesOf(Hub)), Describe(kept.Ties));
            Assert.Equal((0, 0), (kept.OmittedPartners, kept.OmittedTies));
        }
    }

    /// <summary>Ties by their ends, type and claims (a tie's claim list compares by reference).</summary>
    private static List<string> Describe(IEnumerable<Tie> ties) =>
        ties.Select(t => $"{t.Source}>{t.Target}:{t.Type}:{string.Join("|", t.Claims.Select(c => c.Evidence.DocumentId))}").ToList();

    private static List<ActorId> Sorted(IEnumerable<ActorId> ids) => ids.OrderBy(i => i.Value, StringComparer.Ordinal).ToList();
}
