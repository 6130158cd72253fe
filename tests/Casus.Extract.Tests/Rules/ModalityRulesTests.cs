using Casus.Core.Claims;
using Casus.Extract.Rules;
using static Casus.Extract.Tests.FictionalWorld;

namespace Casus.Extract.Tests.Rules;

/// <summary>How firmly the text commits, in wordings beyond the seeds (invented actors).</summary>
public class ModalityRulesTests
{
    private static TieClaim Tie(ExtractionResult result, string source, string target, TieType type) =>
        Assert.Single(result.Ties, t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    [Fact]
    public void Request_for_military_aid_is_not_support_given()
    {
        var result = Run("Ostrana asked the Northern Compact for military aid after Valdorian forces attacked Ostranan border posts.");
        var asked = Tie(result, "northern-compact", "OST", TieType.Support);
        Assert.Equal(Modality.Hedged, asked.Modality);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Support && t.Modality == Modality.Asserted);
        Tie(result, "VAL", "OST", TieType.Hostility);
    }

    [Fact]
    public void What_an_if_clause_imagines_is_not_a_claim()
    {
        var result = Run("A diplomat said that if Valdoria invaded further and Ostrana looked away, it would be a sign of tacit approval.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Hostility);
    }

    [Fact]
    public void Condition_governs_its_neighbour_clause_not_a_later_statement()
    {
        var result = Run("Oran called it a treaty that provides for mutual assistance if either party suffers aggression, and said Valdoria does not rule out military technical cooperation with Ostrana.");
        Assert.Equal(Modality.Hedged, Tie(result, "VAL", "OST", TieType.MilitaryCooperation).Modality);
    }

    [Fact]
    public void Likelihood_stated_after_the_claim_hedges_it()
    {
        var result = Run("Velk said a new Marovian attack on Tessel was very likely.");
        Assert.Equal(Modality.Hedged, Tie(result, "MAR", "TES", TieType.Hostility).Modality);
    }

    [Fact]
    public void Treaty_article_reference_names_its_bloc_only_when_the_bloc_is_named()
    {
        var lexicons = FictionalWorld.Lexicons(groups: Groups.Replace("the Compact", "the Compact | ~Article 9", StringComparison.Ordinal));
        var extractor = new RuleExtractor(lexicons);
        const string Pledge = "Oran said his commitment to Article 9, under which an attack on one member is an attack on all, was open to interpretation.";
        var named = extractor.Extract(Doc("Northern Compact leaders met in Brask. " + Pledge));
        Assert.Equal(Modality.Hedged, Tie(named, "VAL", "northern-compact", TieType.Support).Modality);
        Assert.DoesNotContain(named.Ties, t => t.Type == TieType.Treaty);
        Assert.DoesNotContain(extractor.Extract(Doc(Pledge)).Ties, t => t.Target.Value == "northern-compact");
    }

    [Fact]
    public void Partnership_with_no_limits_is_not_negated()
    {
        var result = Run("Tessel and Quoria declared a partnership with no limits, backing each other.");
        Assert.Equal(Modality.Asserted, Tie(result, "TES", "QUR", TieType.Support).Modality);
    }

    [Fact]
    public void Being_shielded_from_strikes_means_the_strikes_did_not_happen()
    {
        var result = Run("This approach has largely shielded Marovia from direct strikes by Valdoria.");
        Assert.Equal(Modality.Negated, Tie(result, "VAL", "MAR", TieType.Hostility).Modality);
    }

    [Fact]
    public void Promising_to_work_together_is_a_promise()
    {
        var result = Run("Tessel and Quoria declared a partnership, promising to work together against Valdoria.");
        Assert.Equal(Modality.Promised, Tie(result, "TES", "QUR", TieType.Alignment).Modality);
    }

    [Fact]
    public void Troops_massed_at_a_border_are_a_threat_not_an_attack()
    {
        var result = Run("Valdoria massed about 100,000 troops near Ostrana.");
        Assert.Equal(Modality.Asserted, Tie(result, "VAL", "OST", TieType.Threat).Modality);
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Hostility);
    }

    [Fact]
    public void Apology_is_an_overture()
    {
        Tie(Run("Oran had offered a rare apology to Quoria on Monday."), "VAL", "QUR", TieType.Overture);
    }
}
