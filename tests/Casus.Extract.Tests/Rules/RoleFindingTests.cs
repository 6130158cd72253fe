using Casus.Core.Claims;
using static Casus.Extract.Tests.FictionalWorld;

namespace Casus.Extract.Tests.Rules;

/// <summary>Who does what to whom in sentences news writers use beyond the seeds (invented actors).</summary>
public class RoleFindingTests
{
    private static TieClaim Tie(ExtractionResult result, string source, string target, TieType type) =>
        Assert.Single(result.Ties, t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    private static bool Has(ExtractionResult result, string source, string target, TieType type) =>
        result.Ties.Any(t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    [Fact]
    public void Demonym_subject_is_resolved_to_its_state()
    {
        var result = Run("Then Valdorian strikes on Ostrana began.");
        Assert.Equal(Modality.Asserted, Tie(result, "VAL", "OST", TieType.Hostility).Modality);
    }

    [Fact]
    public void Hyphenated_modifier_inside_a_list_keeps_both_parties_and_describes_only_its_item()
    {
        var result = Run("Valdoria and nuclear-armed Ostrana have signed a formal defence pact.");
        Tie(result, "VAL", "OST", TieType.Treaty);
        Tie(result, "OST", "VAL", TieType.Treaty);
        Assert.Single(result.States, s => s.Actor.Value == "OST" && s.Kind == ActorStateKind.NuclearArmed);
        Assert.DoesNotContain(result.States, s => s.Actor.Value == "VAL");
    }

    [Fact]
    public void Date_between_an_actor_and_its_strike_keeps_the_actor_and_dates_the_claim()
    {
        var strike = Tie(Run("It came a week after Valdoria's 9 September strike on the Red Hand.", "2025-09-20"), "VAL", "red-hand", TieType.Hostility);
        Assert.Equal(new DateOnly(2025, 9, 9), strike.ValidFrom);
    }

    [Fact]
    public void Troops_sent_to_a_state_are_based_there_and_the_host_does_not_fight_for_them()
    {
        var result = Run("Kell confirmed that it had sent troops to Marovia to help retake territory held by Tessel.");
        Tie(result, "OST", "MAR", TieType.Basing);
        Tie(result, "OST", "TES", TieType.Hostility);
        Assert.False(Has(result, "MAR", "TES", TieType.Hostility));
    }

    [Fact]
    public void Bloc_led_by_a_state_counts_the_leader_as_a_member()
    {
        var result = Run("Tessel left the Valdorian-dominated Northern Compact.");
        Assert.Equal(Modality.Asserted, Tie(result, "VAL", "northern-compact", TieType.Membership).Modality);
    }

    [Fact]
    public void Description_of_a_bloc_is_not_a_treaty_and_the_bloc_is_what_the_bloc_means()
    {
        var result = Run("Tessel has frozen its participation in the Northern Compact, a military alliance of five states, because the bloc had not fulfilled its security obligations to Tessel.");
        Assert.Equal(Modality.Negated, Tie(result, "TES", "northern-compact", TieType.Membership).Modality);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Treaty);
        Assert.Equal(Modality.Negated, Tie(result, "northern-compact", "TES", TieType.Support).Modality);
    }

    [Fact]
    public void Speaker_of_said_is_the_subject_of_a_verb_joined_after_the_reported_speech()
    {
        var result = Run("Oran said a Marovian raid on Tessel was very likely, and accused Ostrana of a smear campaign.");
        Tie(result, "VAL", "OST", TieType.Condemnation);
        Assert.False(Has(result, "MAR", "OST", TieType.Condemnation));
        Assert.Equal(Modality.Hedged, Tie(result, "MAR", "TES", TieType.Hostility).Modality);
    }

    [Fact]
    public void Reported_speech_after_said_is_not_read_as_a_source_name()
    {
        var result = Run("Darr said the pact could grow and that Valdorian strikes on Ostrana had counted as an attack on Tessel.");
        Assert.Equal(Modality.Asserted, Tie(result, "VAL", "OST", TieType.Hostility).Modality);
        Assert.DoesNotContain(result.Ties, t => t.Attribution?.StartsWith("the pact", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Allies_named_in_an_aside_are_aligned_and_stay_the_subject_of_the_verb()
    {
        var result = Run("Marovia's key allies - Tessel and Quoria - have condemned Valdoria's strikes.");
        Assert.True(Has(result, "TES", "MAR", TieType.Alignment) || Has(result, "MAR", "TES", TieType.Alignment));
        Tie(result, "TES", "VAL", TieType.Condemnation);
        Tie(result, "QUR", "VAL", TieType.Condemnation);
        Assert.False(Has(result, "MAR", "VAL", TieType.Condemnation));
    }

    [Fact]
    public void The_two_countries_are_the_pair_of_the_previous_claim()
    {
        var result = Run("Kell sent troops to Marovia. Reporters called it an application of the defence treaty between the two countries.");
        var treaty = Tie(result, "OST", "MAR", TieType.Treaty);
        Assert.Contains(new Clause(ClauseKind.MutualDefence, true), treaty.ClauseList);
    }

    [Fact]
    public void Actors_criticised_for_reluctance_are_the_reluctant_ones()
    {
        var result = Run("Tesselian officials criticised the Northern Compact and Ostrana for reluctance to side openly with Tessel.");
        Assert.Equal(Modality.Hedged, Tie(result, "OST", "TES", TieType.Support).Modality);
        Assert.Equal(Modality.Hedged, Tie(result, "northern-compact", "TES", TieType.Support).Modality);
        Tie(result, "TES", "OST", TieType.Condemnation);
    }

    [Fact]
    public void Name_inside_an_event_title_in_an_opening_phrase_is_not_the_subject()
    {
        var result = Run("On the opening day of the Brask Winter Games, Tessel and Quoria declared a partnership with no limits, backing each other over the disputes with Ostrana and Marovia.");
        Assert.Equal(Modality.Asserted, Tie(result, "TES", "QUR", TieType.Support).Modality);
        Assert.DoesNotContain(result.Ties, t => t.Source.Value == "VAL" || t.Target.Value == "VAL");
        Assert.False(Has(result, "TES", "OST", TieType.Support));
    }

    [Fact]
    public void Describing_attacks_as_a_declaration_of_war_condemns_the_attacker()
    {
        var result = Run("Marovia, which has described Valdoria's attacks on its territory as a \"declaration of war\", asked for calm.");
        Tie(result, "MAR", "VAL", TieType.Condemnation);
    }

    [Fact]
    public void Historic_partnership_of_the_two_countries_aligns_them()
    {
        var result = Run("Tessel and Quoria signed a pact. It builds on the two countries' historic partnership.");
        Assert.True(result.Ties.Count(t => t.Type == TieType.Alignment && t.Cue == "historic partnership") == 2);
        Tie(result, "TES", "QUR", TieType.Alignment);
    }

    [Fact]
    public void The_network_is_the_bloc_named_before_and_blows_to_it_weaken_it()
    {
        var result = Run("Marovia relies on the Northern Compact. Over two years, Valdoria has dealt heavy blows to the network.");
        Tie(result, "VAL", "northern-compact", TieType.Hostility);
        Assert.Single(result.States, s => s.Actor.Value == "northern-compact" && s.Kind == ActorStateKind.CapabilityDegraded);
    }
}
