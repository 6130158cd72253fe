using Casus.Core.Claims;
using static Casus.Extract.Tests.FictionalWorld;

namespace Casus.Extract.Tests.Rules;

/// <summary>The grammar news reports use (issue 13), on invented sentences about the fictional world:
/// the new tie types, lists, passives, compounds, anaphora and modality scope.</summary>
public class NewsGrammarTests
{
    private static TieClaim Tie(ExtractionResult result, string source, string target, TieType type) =>
        Assert.Single(result.Ties, t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    private static bool Has(ExtractionResult result, string source, string target, TieType type) =>
        result.Ties.Any(t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    [Fact]
    public void A_phone_call_is_contact()
    {
        var result = Run("Quoria phoned Tessel on Monday to discuss the border.");
        Assert.Equal(Modality.Asserted, Tie(result, "QUR", "TES", TieType.Contact).Modality);
    }

    [Fact]
    public void Urging_is_a_demand_on_the_one_urged()
    {
        var result = Run("Marovia urged Tessel not to respond to the shelling.");
        var demand = Tie(result, "MAR", "TES", TieType.Demand);
        Assert.Equal(-1, demand.Sign);
    }

    [Fact]
    public void Firing_missiles_at_an_actor_is_a_dated_attack()
    {
        var result = Run("Marovia fired a salvo of missiles at Ostrana on 3 May 2025.");
        var attack = Tie(result, "MAR", "OST", TieType.Attack);
        Assert.Equal(new DateOnly(2025, 5, 3), attack.ValidFrom);
    }

    [Fact]
    public void A_passive_attack_takes_its_attacker_from_by_and_never_the_victim()
    {
        var by = Run("Ostranan border posts were shelled by Valdoria overnight.");
        Tie(by, "VAL", "OST", TieType.Attack);
        Assert.DoesNotContain(by.Ties, t => t.Type == TieType.Attack && t.Source.Value == "OST");
        var agentless = Run("Tessel's depots were struck overnight, Quoria said.");
        Assert.DoesNotContain(agentless.Ties, t => t.Type == TieType.Attack);
    }

    [Fact]
    public void Denying_an_accusation_is_a_denial_toward_the_accuser()
    {
        var result = Run("Tessel denied Marovia's claims of a secret arms deal.");
        Tie(result, "TES", "MAR", TieType.Denial);
    }

    [Fact]
    public void Not_firing_a_shot_is_asserted_non_participation_not_a_negated_claim()
    {
        var result = Run("Quoria has not fired a shot against Valdoria since the war began.");
        Assert.Equal(Modality.Asserted, Tie(result, "QUR", "VAL", TieType.NonParticipation).Modality);
        var hedged = Run("Quoria may not intervene against Valdoria.");
        Assert.Equal(Modality.Hedged, Tie(hedged, "QUR", "VAL", TieType.NonParticipation).Modality);
    }

    [Fact]
    public void A_list_of_subjects_gives_one_claim_per_actor()
    {
        var result = Run("Valdoria, Tessel and Quoria denounced Marovia's strikes on Ostrana.");
        foreach (var source in new[] { "VAL", "TES", "QUR" }) Tie(result, source, "MAR", TieType.Condemnation);
    }

    [Fact]
    public void A_list_is_never_its_own_object()
    {
        var result = Run("The presidents of Valdoria, Tessel and Quoria demanded an immediate ceasefire between Marovia and Ostrana.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Demand && t.Target.Value is "VAL" or "TES" or "QUR");
        foreach (var source in new[] { "VAL", "TES", "QUR" }) Tie(result, source, "MAR", TieType.Demand);
    }

    [Fact]
    public void The_leaders_of_a_list_named_before_are_who_acts_next()
    {
        var result = Run("A statement was issued jointly by the leaders of Valdoria, Tessel and Quoria. In their text the leaders denounced Marovia.");
        foreach (var source in new[] { "VAL", "TES", "QUR" }) Tie(result, source, "MAR", TieType.Condemnation);
    }

    [Fact]
    public void Both_leaders_are_the_pair_named_in_the_sentence_before()
    {
        var result = Run("Fighting broke out again between Valdoria and Marovia. Quoria phoned both leaders.");
        Tie(result, "QUR", "VAL", TieType.Contact);
        Tie(result, "QUR", "MAR", TieType.Contact);
    }

    [Fact]
    public void A_backed_compound_backs_the_actor_it_describes_and_nothing_else()
    {
        var backed = Run("The Valdoria-backed Red Hand fired rockets at Ostrana.");
        Tie(backed, "VAL", "red-hand", TieType.Support);
        Tie(backed, "red-hand", "OST", TieType.Attack);
        var noActor = Run("A Valdoria-backed assessment confirmed famine in Ostrana.");
        Assert.DoesNotContain(noActor.Ties, t => t.Type == TieType.Support);
    }

    [Fact]
    public void Led_is_leadership_not_membership()
    {
        var result = Run("Troops of the Marovia-led Northern Compact crossed into Ostrana.");
        Assert.False(Has(result, "MAR", "northern-compact", TieType.Membership));
    }

    [Fact]
    public void Did_not_condemn_and_avoided_condemning_are_negated_condemnation()
    {
        Assert.Equal(Modality.Negated, Tie(Run("Tessel did not condemn Marovia directly."), "TES", "MAR", TieType.Condemnation).Modality);
        Assert.Equal(Modality.Negated, Tie(Run("Tessel avoided naming or condemning Marovia."), "TES", "MAR", TieType.Condemnation).Modality);
    }

    [Fact]
    public void Lip_service_is_never_asserted_help()
    {
        var result = Run("Valdoria pays lip-service to Ostrana but sends nothing.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Support && t.Modality == Modality.Asserted);
        Assert.Contains(result.Ties, t => t.Type == TieType.Support && t.Modality == Modality.Hedged);
    }

    [Fact]
    public void Unlikely_support_is_hedged_never_asserted()
    {
        var result = Run("It is unlikely that Tessel and Quoria would support Ostrana materially.");
        Assert.NotEmpty(result.Ties);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Support && t.Modality == Modality.Asserted);
    }

    [Fact]
    public void Helping_shoot_down_drones_defends_the_one_they_were_aimed_at()
    {
        var result = Run("Tessel helped shoot down dozens of drones bound for Ostrana.");
        Tie(result, "TES", "OST", TieType.Support);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Attack);
    }

    [Fact]
    public void Arms_deliveries_name_the_recipient()
    {
        Tie(Run("Quoria supplied Valdoria with drones last year."), "QUR", "VAL", TieType.ArmsSupply);
        Tie(Run("Tessel sent artillery shells to Ostrana."), "TES", "OST", TieType.ArmsSupply);
    }
}
