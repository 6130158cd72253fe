using Casus.Core.Claims;
using static Casus.Core.Tests.Fictional;

namespace Casus.Core.Tests.Claims;

public class ClaimPeriodTests
{
    private static readonly DateOnly Reported = new(2025, 6, 17);

    [Fact]
    public void A_claim_without_dates_of_its_own_holds_from_the_day_it_was_reported()
    {
        var claim = Claim(TieType.Support, reported: Reported);
        Assert.False(claim.HoldsOn(new DateOnly(2025, 6, 16)));
        Assert.True(claim.HoldsOn(Reported));
        Assert.True(claim.HoldsOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Support_that_ended_last_year_shows_before_its_end_and_not_after_even_though_reported_later()
    {
        var claim = Claim(TieType.Support, reported: Reported, until: new DateOnly(2024, 12, 8));
        Assert.True(claim.HoldsOn(new DateOnly(2024, 6, 1)));
        Assert.False(claim.HoldsOn(new DateOnly(2025, 6, 20)));
    }

    [Fact]
    public void A_treaty_signed_in_January_holds_from_its_signing_not_from_its_report()
    {
        var claim = Claim(TieType.Treaty, reported: Reported, from: new DateOnly(2025, 1, 17));
        Assert.False(claim.HoldsOn(new DateOnly(2025, 1, 16)));
        Assert.True(claim.HoldsOn(new DateOnly(2025, 2, 1)));
    }

    [Fact]
    public void Knowledge_as_of_a_date_keeps_only_the_claims_holding_then()
    {
        var kb = new Casus.Core.Knowledge.KnowledgeBase([Actor(Avalon, "Avalon"), Actor(Borduria, "Borduria")],
            [Claim(TieType.Support, reported: Reported, until: new DateOnly(2024, 12, 8)), Claim(TieType.Condemnation, reported: Reported)], []);
        Assert.Equal([TieType.Support], kb.AsOf(new DateOnly(2024, 6, 1)).Claims.Select(c => c.Type));
        Assert.Equal([TieType.Condemnation], kb.AsOf(new DateOnly(2025, 6, 20)).Claims.Select(c => c.Type));
    }
}
