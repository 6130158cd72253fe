using Casus.Core.Claims;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using static Casus.Extract.Tests.FictionalWorld;

namespace Casus.Extract.Tests.Rules;

/// <summary>Networks described over two sentences, accusations, frozen ties and outlet names.</summary>
public class RuleExtractorReportingTests
{
    [Fact]
    public void Network_members_listed_after_the_patron_sentence_become_its_clients()
    {
        var result = Run("Valdoria has long relied on a network of allied armed groups. The Northern Compact includes groups such as the Red Hand in Ostrana and the Kellish Front in Marovia.");
        foreach (var client in new[] { "red-hand", "kellish-front" })
        {
            var tie = Assert.Single(result.Ties, t => t.Source.Value == "VAL" && t.Target.Value == client && t.Type == TieType.Patronage);
            Assert.Equal(Modality.Asserted, tie.Modality);
            Assert.Contains(client == "red-hand" ? "Red Hand" : "Kellish Front", tie.Evidence.Sentence);
        }
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Patronage && t.Target.Value is "OST" or "MAR");
    }

    [Fact]
    public void A_network_sentence_without_a_member_list_nearby_gives_no_patronage()
    {
        var result = Run("Valdoria has long relied on a network of allied armed groups. This has shielded it from strikes by Ostrana. Officials met on Monday. Later, the Northern Compact includes groups such as the Red Hand and the Kellish Front.");
        Assert.DoesNotContain(result.Ties, t => t.Type == TieType.Patronage);
    }

    [Fact]
    public void An_accusation_reports_the_claim_without_asserting_it()
    {
        var tie = Assert.Single(Run("Valdoria and its partners accuse Ostrana of supplying Marovia with weapons.").Ties,
            t => t.Source.Value == "OST" && t.Target.Value == "MAR" && t.Type == TieType.ArmsSupply);
        Assert.Equal(Modality.Hedged, tie.Modality);
    }

    [Fact]
    public void Frozen_participation_in_a_bloc_is_a_negated_membership()
    {
        var tie = Assert.Single(Run("Marovia has frozen its participation in the Northern Compact.").Ties,
            t => t.Source.Value == "MAR" && t.Type == TieType.Membership);
        Assert.Equal(Modality.Negated, tie.Modality);
    }

    [Fact]
    public void A_promise_to_do_so_repeats_the_previous_claim_for_its_speaker()
    {
        var result = Run("The Red Hand could launch attacks on the troops of Valdoria. Indeed, the Kellish Front promised to do so.");
        var tie = Assert.Single(result.Ties, t => t.Source.Value == "kellish-front" && t.Target.Value == "VAL" && t.Type == TieType.Threat);
        Assert.Equal(Modality.Promised, tie.Modality);
    }

    [Fact]
    public void An_outlet_named_after_a_state_does_not_name_the_state()
    {
        var lexicons = ExtractionLexicons.Parse(new Dictionary<string, string>
        {
            ["states.tsv"] = "VAL\tstate\tValdoria\tBrask\t\t\nOST\tstate\tOstrana\tKell\t\t\n",
            ["groups.tsv"] = "northern-compact\tbloc\tNorthern Compact\t\t\t\n",
            ["non-actors.tsv"] = "Ostrana 24\toutlet\n",
            ["cues.tsv"] = RepoLexicon("cues.tsv"),
            ["modality.tsv"] = RepoLexicon("modality.tsv"),
        }, "test");
        var result = new RuleExtractor(lexicons).Extract(Doc("Valdoria joined the Northern Compact, Ostrana 24 reported on Thursday."));
        Assert.Contains(result.Ties, t => t.Source.Value == "VAL" && t.Type == TieType.Membership);
        Assert.DoesNotContain(result.Ties, t => t.Source.Value == "OST" || t.Target.Value == "OST");
    }
}
