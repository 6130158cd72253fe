namespace Casus.History.Tests;

[Collection(ShippedHistoryCollection.Name)]
public sealed class StructuralIndexTests(ShippedHistory history)
{
    private const int Usa = 2, Uk = 200, Russia = 365, Iran = 630, Israel = 666, China = 710, Armenia = 371, Tuvalu = 947;
    private static readonly DateOnly June2025 = new(2025, 6, 21);

    [Fact]
    public void Pacts_that_ended_in_1945_do_not_count_today()
    {
        var index = history.Knowledge.Index;
        // 1942-46: the Anglo-Soviet-Iranian treaty bound the USSR to defend Iran; by 2025 only a consultation pact is left.
        Assert.True(index.Pact(Russia, Iran, new DateOnly(1943, 6, 1)).ConditionalDefence);
        Assert.False(index.Pact(Russia, Iran, June2025).Defence);
        Assert.False(index.Pact(Russia, Iran, June2025).ConditionalDefence);
        // The wartime United Nations alliance (ended 1945) made China and Russia allies of the United States.
        Assert.True(index.Pact(China, Usa, new DateOnly(1944, 1, 1)).Any);
        Assert.False(index.Pact(China, Usa, June2025).Defence || index.Pact(China, Usa, June2025).ConditionalDefence);
        Assert.True(index.Pact(China, Usa, June2025).Other); // what is left: a non-aggression pact (ATOP 3755)
        Assert.False(index.Pact(Russia, Usa, June2025).Defence);
        // NATO is in force.
        Assert.True(index.Pact(Uk, Usa, June2025).ConditionalDefence); // ATOP codes NATO's Article 5 as conditional (an attack in the treaty area)
    }

    [Fact]
    public void States_have_real_names_and_dated_membership()
    {
        var index = history.Knowledge.Index;
        Assert.Equal("Armenia", index.NameOf(Armenia));
        Assert.Equal("Iran", index.NameOf(Iran));
        Assert.False(index.IsState(Armenia, new DateOnly(1980, 1, 1)));
        Assert.True(index.IsState(Armenia, June2025));
        Assert.True(index.IsMajorPower(Usa, June2025));
        Assert.False(index.IsMajorPower(Iran, June2025));
    }

    [Fact]
    public void Tied_states_are_those_with_a_pact_a_border_arms_or_great_power_status_and_never_the_parties()
    {
        var index = history.Knowledge.Index;
        var tied = index.Tied([Iran, Israel], June2025);
        Assert.DoesNotContain(Iran, tied);
        Assert.DoesNotContain(Israel, tied);
        Assert.Contains(Russia, tied);   // great power, arms
        Assert.Contains(645, tied);      // Iraq: land border with Iran
        Assert.Contains(651, tied);      // Egypt: land border with Israel
        Assert.DoesNotContain(Tuvalu, tied);
    }

    [Fact]
    public void Capabilities_and_un_votes_are_read_from_the_years_before()
    {
        var index = history.Knowledge.Index;
        Assert.NotNull(index.Cinc(Usa, 2025));               // carried forward from 2016
        Assert.Null(index.IdealPoint(Usa, 1930));             // no UN before 1946
        Assert.NotNull(index.IdealPoint(Usa, 2025));
        Assert.True(index.Arms(Usa, Israel, 2025) > 0);
        Assert.Equal(0, index.Arms(Usa, Iran, 2025));
    }
}
