using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Extract.Tests.Acceptance;

/// <summary>The extraction claim contract of TEAM.md, checked on the two seed articles with the
/// repository's real lexicon.</summary>
public class SeedClaimContractTests
{
    private static readonly Lazy<ExtractionResult> Week = new(() => SeedDocuments.Extract(SeedDocuments.TheWeek()));
    private static readonly Lazy<ExtractionResult> Rnz = new(() => SeedDocuments.Extract(SeedDocuments.Rnz()));

    private static IEnumerable<TieClaim> Ties(ExtractionResult r, string source, string target, TieType type) =>
        r.Ties.Where(t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    private static TieClaim One(ExtractionResult r, string source, string target, TieType type) =>
        Assert.Single(Ties(r, source, target, type));

    [Fact]
    public void Russia_Iran_treaty_has_no_mutual_defence_and_dates_from_January_2025()
    {
        var treaty = One(Week.Value, "RUS", "IRN", TieType.Treaty);
        Assert.Equal(Modality.Asserted, treaty.Modality);
        Assert.Equal(new DateOnly(2025, 1, 1), treaty.ValidFrom);
        Assert.Contains(new Clause(ClauseKind.MutualDefence, false), treaty.ClauseList);
        Assert.Contains(new Clause(ClauseKind.JointExercises, true), treaty.ClauseList);
        Assert.Contains(new Clause(ClauseKind.InformationExchange, true), treaty.ClauseList);
    }

    [Fact]
    public void Iranian_arms_for_Russia_are_a_hedged_suspicion_of_Western_allies()
    {
        var arms = One(Week.Value, "IRN", "RUS", TieType.ArmsSupply);
        Assert.Equal(Modality.Hedged, arms.Modality);
        Assert.Equal("Western allies", arms.Attribution);
    }

    [Fact]
    public void Chinese_missile_material_is_a_promise_and_oil_purchases_a_fact()
    {
        Assert.Equal(Modality.Promised, One(Week.Value, "CHN", "IRN", TieType.ArmsSupply).Modality);
        Assert.Equal(Modality.Asserted, One(Week.Value, "CHN", "IRN", TieType.EnergyTrade).Modality);
    }

    [Fact]
    public void Memberships_carry_their_dates()
    {
        Assert.Equal(new DateOnly(2025, 5, 1), One(Week.Value, "IRN", "eaeu", TieType.Membership).ValidFrom);
        Assert.Equal(new DateOnly(2023, 1, 1), One(Week.Value, "IRN", "sco", TieType.Membership).ValidFrom);
    }

    [Fact]
    public void North_Korean_help_is_speculation()
    {
        Assert.Equal(Modality.Speculated, One(Week.Value, "PRK", "IRN", TieType.MilitaryCooperation).Modality);
        Assert.Equal(Modality.Speculated, One(Week.Value, "PRK", "IRN", TieType.ArmsSupply).Modality);
        Assert.Contains(Week.Value.States, s => s.Actor.Value == "PRK" && s.Kind == ActorStateKind.NuclearArmed);
    }

    [Theory]
    [InlineData("hezbollah")]
    [InlineData("hamas")]
    [InlineData("houthis")]
    [InlineData("islamic-resistance-in-iraq")]
    public void Iran_patronises_each_listed_proxy(string proxy) =>
        Assert.Contains(Ties(Week.Value, "IRN", proxy, TieType.Patronage), t => t.Modality == Modality.Asserted);

    [Fact]
    public void Support_for_Assad_ended_when_he_was_toppled_last_year()
    {
        Assert.Equal(new DateOnly(2024, 12, 31), One(Week.Value, "IRN", "assad-regime", TieType.Support).ValidUntil);
        Assert.Contains(Week.Value.States, s => s.Actor.Value == "assad-regime" && s.Kind == ActorStateKind.RegimeToppled);
    }

    [Fact]
    public void Russia_condemns_Israel_and_keeps_good_relations_with_it()
    {
        Assert.Equal(Modality.Asserted, One(Week.Value, "RUS", "ISR", TieType.Condemnation).Modality);
        Assert.Equal(Modality.Asserted, One(Week.Value, "RUS", "ISR", TieType.Alignment).Modality);
        Assert.Equal(Modality.Hedged, One(Week.Value, "RUS", "ISR", TieType.Mediation).Modality);
    }

    [Fact]
    public void Axis_stayed_silent_and_is_diminished()
    {
        Assert.Contains(Week.Value.States, s => s.Actor.Value == "axis-of-resistance" && s.Kind == ActorStateKind.StayedOut);
        Assert.Contains(Week.Value.States, s => s.Actor.Value == "axis-of-resistance" && s.Kind == ActorStateKind.CapabilityDegraded);
    }

    [Fact]
    public void Kataib_Hezbollah_threat_is_conditional_on_America_and_its_promise_is_not_a_fact()
    {
        var threats = Rnz.Value.Ties.Where(t => t.Source.Value == "kataib-hezbollah" && t.Target.Value == "USA" && t.Type == TieType.Threat).ToList();
        var conditional = Assert.Single(threats, t => t.Modality == Modality.Conditional);
        Assert.Equal("USA", conditional.ConditionActor?.Value);
        // "promised to do so": the promise to attack US troops the sentence before attributes to the PMF.
        Assert.Contains(threats, t => t.Modality == Modality.Promised);
        Assert.DoesNotContain(threats, t => t.Modality == Modality.Asserted);
    }

    [Fact]
    public void Militia_and_Iranian_threats_to_US_forces_are_hedged_and_basing_is_a_fact()
    {
        Assert.Equal(Modality.Hedged, One(Rnz.Value, "pmf", "USA", TieType.Threat).Modality);
        Assert.Equal(Modality.Hedged, One(Rnz.Value, "IRN", "USA", TieType.Threat).Modality);
        Assert.Equal(Modality.Asserted, One(Rnz.Value, "USA", "IRQ", TieType.Basing).Modality);
    }

    [Fact]
    public void Hezbollah_is_neutralised_and_PMF_and_Houthis_count_200000()
    {
        var states = Rnz.Value.States;
        Assert.Contains(states, s => s.Actor.Value == "hezbollah" && s.Kind == ActorStateKind.CapabilityNeutralised && s.Modality == Modality.Asserted);
        Assert.Contains(states, s => s.Actor.Value == "hezbollah" && s.Kind == ActorStateKind.LeaderKilled);
        Assert.Equal(200000, Assert.Single(states, s => s.Actor.Value == "pmf" && s.Kind == ActorStateKind.Size).Quantity);
        Assert.Equal(200000, Assert.Single(states, s => s.Actor.Value == "houthis" && s.Kind == ActorStateKind.Size).Quantity);
        Assert.Contains(states, s => s.Actor.Value == "pmf" && s.Kind == ActorStateKind.CapabilityStrong);
    }

    [Fact]
    public void Pakistan_ties_keep_their_modality_and_speakers()
    {
        var support = Ties(Rnz.Value, "PAK", "IRN", TieType.Support).ToList();
        Assert.Contains(support, t => t.Modality == Modality.Asserted && t.Attribution == "Shehbaz Sharif");
        Assert.Contains(support, t => t.Modality == Modality.Negated);
        var warning = One(Rnz.Value, "PAK", "ISR", TieType.Threat);
        Assert.Equal(Modality.Asserted, warning.Modality);
        Assert.Equal("Khawaja Asif", warning.Attribution);
        Assert.Single(Ties(Rnz.Value, "PAK", "CHN", TieType.Alignment));
        Assert.Single(Ties(Rnz.Value, "USA", "PAK", TieType.Alignment));
        Assert.Contains(Rnz.Value.Ties, t => t.Source.Value == "PAK" && t.Type == TieType.Mediation);
    }

    [Theory]
    [InlineData("SAU")]
    [InlineData("EGY")]
    [InlineData("ARE")]
    [InlineData("TUR")]
    public void Gulf_and_regional_powers_are_aligned_with_the_US_and_unlikely_to_help_Iran(string state)
    {
        Assert.Equal(Modality.Asserted, One(Rnz.Value, state, "USA", TieType.Alignment).Modality);
        Assert.Equal(Modality.Hedged, One(Rnz.Value, state, "IRN", TieType.Support).Modality);
    }

    [Theory]
    [InlineData("RUS")]
    [InlineData("CHN")]
    public void Russia_and_China_shield_Iran_but_will_not_fight_for_it(string power)
    {
        Assert.Equal(Modality.Asserted, One(Rnz.Value, power, "IRN", TieType.UnShielding).Modality);
        Assert.Equal(Modality.Asserted, One(Rnz.Value, power, "ISR", TieType.Condemnation).Modality);
        var support = Ties(Rnz.Value, power, "IRN", TieType.Support).ToList();
        Assert.Contains(support, t => t.Modality == Modality.Negated);
        Assert.Contains(support, t => t.Modality == Modality.Hedged);
    }

    [Fact]
    public void Russian_precedent_and_distraction_are_states()
    {
        var stayedOut = Assert.Single(Rnz.Value.States, s => s.Actor.Value == "RUS" && s.Kind == ActorStateKind.StayedOut);
        Assert.Contains("Assad", stayedOut.Context);
        Assert.Contains(Rnz.Value.States, s => s.Actor.Value == "RUS" && s.Kind == ActorStateKind.Distracted);
        Assert.Contains(Rnz.Value.States, s => s.Actor.Value == "CHN" && s.Kind == ActorStateKind.StayedOut && s.Modality == Modality.Hedged);
    }

    [Fact]
    public void Overtures_and_western_pressure_are_found()
    {
        Assert.Single(Ties(Rnz.Value, "IRN", "SAU", TieType.Overture));
        Assert.Single(Ties(Rnz.Value, "IRN", "EGY", TieType.Overture));
        Assert.Contains(Rnz.Value.Ties, t => t.Source.Value == "USA" && t.Target.Value == "IRN" && t.Type == TieType.Threat && t.Modality == Modality.Asserted);
        foreach (var state in new[] { "DEU", "CAN", "GBR", "AUS" })
            Assert.Single(Ties(Rnz.Value, state, "IRN", TieType.Condemnation));
    }

    [Fact]
    public void Every_evidence_sentence_is_the_document_text_at_its_offsets()
    {
        foreach (var (document, result) in new[] { (SeedDocuments.TheWeek(), Week.Value), (SeedDocuments.Rnz(), Rnz.Value) })
        {
            foreach (var evidence in result.Ties.Select(t => t.Evidence).Concat(result.States.Select(s => s.Evidence)))
            {
                Assert.Equal(document.Id, evidence.DocumentId);
                Assert.Equal(document.Text[evidence.Start..evidence.End], evidence.Sentence);
                Assert.Equal(SeedDocuments.RealLexicon.Version, evidence.LexiconVersion);
            }
        }
    }

    [Fact]
    public void Related_articles_are_not_part_of_the_main_document()
    {
        Document rnz = SeedDocuments.Rnz();
        Assert.DoesNotContain("Fordow", rnz.Text);
        Assert.DoesNotContain(Rnz.Value.Ties, t => t.Evidence.Sentence.Contains("Netanyahu", StringComparison.Ordinal));
    }
}
