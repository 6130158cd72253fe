using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Pipeline.Backtest;

namespace Casus.Pipeline.Tests.Backtest;

/// <summary>A backtest sees only what had been published by its date, even about earlier events.</summary>
public sealed class KnownByTests
{
    private static readonly ActorId Zembla = new("zembla");
    private static readonly ActorId Ardania = new("ardania");

    private static TieClaim Claim(DateOnly? published, DateOnly? validFrom = null) =>
        new(Zembla, Ardania, TieType.Treaty, 1, Modality.Asserted,
            new Evidence("doc", "Zembla and Ardania signed a pact.", 0, 10, "Fictional Times", published, "test", "test"),
            ValidFrom: validFrom);

    [Fact]
    public void A_later_report_of_an_earlier_treaty_is_withheld_though_as_of_shows_it()
    {
        var treatySigned = new DateOnly(2030, 1, 17);
        var reportedLater = Claim(published: new DateOnly(2030, 4, 8), validFrom: treatySigned);
        var asOf = new KnowledgeBase([], [reportedLater], []).AsOf(new DateOnly(2030, 2, 1));
        Assert.Single(asOf.Claims); // the "world as it stood" view keeps it: that is the leak

        var known = KnownBy.Filter(asOf, new DateOnly(2030, 2, 1), out var withheld);
        Assert.Empty(known.Claims);
        Assert.Contains("published 2030-04-08", Assert.Single(withheld), StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_published_by_the_date_are_kept_and_undated_ones_withheld()
    {
        var date = new DateOnly(2030, 2, 1);
        var asOf = new KnowledgeBase([], [Claim(published: date), Claim(published: null, validFrom: new DateOnly(2029, 1, 1))], []).AsOf(date);
        var known = KnownBy.Filter(asOf, date, out var withheld);
        Assert.Equal(date, Assert.Single(known.Claims).Evidence.Date);
        Assert.Contains("undated", Assert.Single(withheld), StringComparison.Ordinal);
    }
}
