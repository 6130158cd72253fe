using Casus.Core.Claims;
using static Casus.Extract.Tests.FictionalWorld;

namespace Casus.Extract.Tests.Rules;

/// <summary>Predicate coverage for news wordings (issue 13, second pass): which words make which
/// tie, with which modality. Invented sentences about the fictional world.</summary>
public class NewsPredicateTests
{
    private static TieClaim Tie(ExtractionResult result, string source, string target, TieType type) =>
        Assert.Single(result.Ties, t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    [Fact]
    public void A_summons_is_protest_not_contact()
    {
        var result = Run("Tessel summoned Marovia's ambassador on Sunday.");
        Tie(result, "TES", "MAR", TieType.Condemnation);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Contact);
    }

    [Fact]
    public void Breaking_off_relations_is_condemnation()
    {
        var result = Run("Quoria broke off diplomatic relations with Valdoria on Tuesday.");
        Tie(result, "QUR", "VAL", TieType.Condemnation);
    }

    [Fact]
    public void Calling_an_act_dangerous_condemns_its_author()
    {
        var result = Run("Tessel called Marovia's troop build-up extremely dangerous.");
        Tie(result, "TES", "MAR", TieType.Condemnation);
    }

    [Fact]
    public void An_announced_delivery_is_promised_arms_supply()
    {
        var result = Run("Valdoria will supply Ostrana with 40 battle tanks, its president announced.");
        Assert.Equal(Modality.Promised, Tie(result, "VAL", "OST", TieType.ArmsSupply).Modality);
    }

    [Fact]
    public void A_delivery_that_happened_stays_asserted()
    {
        var result = Run("Valdoria gave Ostrana dozens of howitzers last spring.");
        Assert.Equal(Modality.Asserted, Tie(result, "VAL", "OST", TieType.ArmsSupply).Modality);
    }

    [Fact]
    public void Standing_behind_an_ally_is_support()
    {
        var result = Run("Quoria stood behind Tessel in the face of the incursions.");
        Assert.Equal(Modality.Asserted, Tie(result, "QUR", "TES", TieType.Support).Modality);
    }

    [Fact]
    public void Declaring_support_for_an_actor_is_support()
    {
        var result = Run("Marovia declared its full support for Ostrana on Friday.");
        Tie(result, "MAR", "OST", TieType.Support);
    }

    [Fact]
    public void Doubting_support_never_counts_as_help()
    {
        var result = Run("It is unlikely that Quoria would stand behind Tessel in a war.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Support && t.Modality == Modality.Asserted);
    }

    [Fact]
    public void Taking_no_action_is_non_participation()
    {
        var result = Run("The Northern Compact took no action against Valdoria over the shelling.");
        Assert.Contains(result.Ties, t => t.Source.Value == "northern-compact" && t.Type == TieType.NonParticipation && t.Modality == Modality.Asserted);
    }

    [Fact]
    public void An_offensive_by_an_actor_names_the_attacker_after_it()
    {
        var result = Run("Ostrana was hit by a new offensive by Valdoria on 2 March 2025.");
        Tie(result, "VAL", "OST", TieType.Attack);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Attack && t.Source.Value == "OST");
    }

    [Fact]
    public void Lifting_sanctions_is_an_overture()
    {
        var result = Run("Tessel lifted its sanctions on Marovia after the vote.");
        Tie(result, "TES", "MAR", TieType.Overture);
    }

    [Fact]
    public void Chairing_a_bloc_is_membership()
    {
        var result = Run("Quoria holds the chairmanship of the Northern Compact this year.");
        Tie(result, "QUR", "northern-compact", TieType.Membership);
    }

    [Fact]
    public void A_sisterly_state_is_alignment()
    {
        var result = Run("Tessel stands ready to help sisterly Ostrana rebuild.");
        Tie(result, "TES", "OST", TieType.Alignment);
    }

    [Fact]
    public void A_compound_with_no_actor_before_the_hyphen_names_no_backer()
    {
        var result = Run("Tessel's army-backed government cut ties with Marovia.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Support);
        Tie(result, "TES", "MAR", TieType.Condemnation);
    }

    [Fact]
    public void Firing_alongside_a_partner_is_cooperation_not_an_attack_on_it()
    {
        var result = Run("Quorian ships fired alongside Tesselian batteries at the incoming drones.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Attack && t.Target.Value == "TES");
        Tie(result, "QUR", "TES", TieType.MilitaryCooperation);
    }

    [Fact]
    public void Promising_consequences_is_a_threat_on_the_attacker_just_named()
    {
        var result = Run("Valdoria fired missiles at Ostrana overnight. Ostrana's army promised there would be consequences.");
        Assert.Equal(Modality.Asserted, Tie(result, "OST", "VAL", TieType.Threat).Modality);
    }

    [Fact]
    public void Belonging_to_a_bloc_is_membership()
    {
        var result = Run("He recalled that Marovia belongs to the Northern Compact.");
        Tie(result, "MAR", "northern-compact", TieType.Membership);
    }

    [Fact]
    public void What_will_become_of_bases_is_no_promise()
    {
        var result = Run("Nobody knows what will become of Valdoria's military bases in Tessel.");
        Assert.Equal(Modality.Asserted, Tie(result, "VAL", "TES", TieType.Basing).Modality);
    }

    [Fact]
    public void Fighting_between_two_sides_is_a_claim_each_way_and_never_the_speakers()
    {
        var result = Run("Quoria demanded an end to the fighting between Valdoria and Ostrana.");
        Tie(result, "VAL", "OST", TieType.Attack);
        Tie(result, "OST", "VAL", TieType.Attack);
        Assert.DoesNotContain(result.Ties, t => t.Type is TieType.Attack or TieType.Hostility && (t.Source.Value == "QUR" || t.Target.Value == "QUR"));
        var war = Run("Tessel called for talks to end the war between Marovia and Quoria.");
        Tie(war, "MAR", "QUR", TieType.Hostility);
        Tie(war, "QUR", "MAR", TieType.Hostility);
    }

    [Fact]
    public void Staying_out_right_after_an_attack_is_toward_the_attacker()
    {
        var result = Run("Valdoria opened a new offensive against Ostrana on Monday. Tesselian peacekeepers made a point of not intervening.");
        Assert.Equal(Modality.Asserted, Tie(result, "TES", "VAL", TieType.NonParticipation).Modality);
    }

    [Fact]
    public void A_possessive_attack_with_adjectives_between_is_still_the_possessor_s_attack()
    {
        var result = Run("Tessel condemned Marovia's direct and unprecedented attack on Quoria.");
        Tie(result, "MAR", "QUR", TieType.Attack);
    }
}
