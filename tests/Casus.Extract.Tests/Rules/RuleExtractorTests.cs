using Casus.Core.Claims;
using static Casus.Extract.Tests.FictionalWorld;

namespace Casus.Extract.Tests.Rules;

/// <summary>The engine on invented actors and sentences.</summary>
public class RuleExtractorTests
{
    private static TieClaim Tie(ExtractionResult result, string source, string target, TieType type) =>
        Assert.Single(result.Ties, t => t.Source.Value == source && t.Target.Value == target && t.Type == type);

    [Fact]
    public void Negated_treaty_clause_is_stored_as_absent()
    {
        var result = Run("In March, Valdoria and Ostrana signed a new friendship treaty. While it committed them to joint exercises, it did not include a mutual defence clause.");
        var treaty = Tie(result, "VAL", "OST", TieType.Treaty);
        Assert.Equal(Modality.Asserted, treaty.Modality);
        Assert.Contains(new Clause(ClauseKind.MutualDefence, false), treaty.ClauseList);
        Assert.Contains(new Clause(ClauseKind.JointExercises, true), treaty.ClauseList);
        Assert.Equal(new DateOnly(2025, 3, 1), treaty.ValidFrom);
        Assert.Contains(result.Ties, t => t.Source.Value == "OST" && t.Target.Value == "VAL" && t.Type == TieType.Treaty);
    }

    [Fact]
    public void Suspicion_is_hedged_and_attributed()
    {
        var tie = Tie(Run("Brask has long been suspected by Western diplomats of supplying Ostrana with weapons."), "VAL", "OST", TieType.ArmsSupply);
        Assert.Equal(Modality.Hedged, tie.Modality);
        Assert.Equal("Western diplomats", tie.Attribution);
    }

    [Fact]
    public void Promise_and_speculation_are_not_facts()
    {
        var result = Run("Kell has promised to deliver material critical for missile production to Marovia. There has long been speculation that Tessel has helped with Marovia's nuclear programme.");
        Assert.Equal(Modality.Promised, Tie(result, "OST", "MAR", TieType.ArmsSupply).Modality);
        Assert.Equal(Modality.Speculated, Tie(result, "TES", "MAR", TieType.MilitaryCooperation).Modality);
    }

    [Fact]
    public void Unlikely_support_is_hedged_but_the_reason_after_given_is_asserted()
    {
        var result = Run("It's unlikely, though, that Tessel and Quoria would support Marovia materially, given their strong alliances with Valdoria.");
        Assert.Equal(Modality.Hedged, Tie(result, "TES", "MAR", TieType.Support).Modality);
        Assert.Equal(Modality.Hedged, Tie(result, "QUR", "MAR", TieType.Support).Modality);
        Assert.Equal(Modality.Asserted, Tie(result, "QUR", "VAL", TieType.Alignment).Modality);
    }

    [Fact]
    public void Quoted_conditional_threat_follows_the_previous_speaker()
    {
        var result = Run("Indeed, the commander of the Red Hand Brigade spoke on television.\n\"If Valdoria dares to intervene, we will directly target its interests and bases.\"");
        var threat = Tie(result, "red-hand-brigade", "VAL", TieType.Threat);
        Assert.Equal(Modality.Conditional, threat.Modality);
        Assert.Equal("VAL", threat.ConditionActor?.Value);
        Assert.StartsWith("If Valdoria dares", threat.Condition);
    }

    [Fact]
    public void List_gives_one_claim_per_item()
    {
        var result = Run("Marovia has invested in a network of proxy allies, including the Red Hand Brigade in Kell, the Kellish Front in Tessel and Quoria.");
        Assert.Equal(["QUR", "kellish-front", "red-hand-brigade"],
            result.Ties.Where(t => t.Type == TieType.Patronage).Select(t => t.Target.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pronoun_and_until_clause_end_the_support_and_topple_the_regime()
    {
        var result = Run("Marovia is a regional power. It supported the Red Hand until it was toppled last year.");
        var support = Tie(result, "MAR", "red-hand", TieType.Support);
        Assert.Equal(new DateOnly(2024, 12, 31), support.ValidUntil);
    }

    [Fact]
    public void Capability_and_size_states_are_found()
    {
        var result = Run("The Red Hand - once Valdoria's strongest ally - has been effectively neutralised. The Red Hand Brigade, with an estimated 40,000 fighters, remains formidable. The Kellish Front has a similarly sized force.");
        Assert.Contains(result.States, s => s.Actor.Value == "red-hand" && s.Kind == ActorStateKind.CapabilityNeutralised);
        Assert.Equal(40000, Assert.Single(result.States, s => s.Actor.Value == "red-hand-brigade" && s.Kind == ActorStateKind.Size).Quantity);
        Assert.Equal(40000, Assert.Single(result.States, s => s.Actor.Value == "kellish-front" && s.Kind == ActorStateKind.Size).Quantity);
    }

    [Fact]
    public void Negation_with_neither_and_without_marks_support_negated()
    {
        var result = Run("Valdoria and Tessel condemned Kell. However, neither power appears willing to provide direct military support to Marovia.");
        Assert.Equal(Modality.Negated, Tie(result, "VAL", "MAR", TieType.Support).Modality);
        Assert.Equal(Modality.Negated, Tie(result, "TES", "MAR", TieType.Support).Modality);
    }

    [Fact]
    public void Person_resolves_to_their_actor_on_the_document_date_and_is_the_attribution()
    {
        var early = Tie(Run("Velk condemned Ostrana.", "2020-02-02"), "VAL", "OST", TieType.Condemnation);
        Assert.Equal("Anna Velk", early.Attribution);
        Assert.Equal("Piet Oran", Tie(Run("Velk condemned Ostrana.", "2025-02-02"), "VAL", "OST", TieType.Condemnation).Attribution);
    }

    [Fact]
    public void Ambiguous_alias_needs_an_unambiguous_mention_in_the_document()
    {
        Assert.Empty(Run("Marrow condemned Ostrana.").Ties);
        Assert.Single(Run("Marovia is restless. Marrow condemned Ostrana.").Ties);
    }

    [Fact]
    public void Trailing_said_attributes_and_its_actors_play_no_role()
    {
        var tie = Tie(Run("Ostrana condemned Tessel, said a Valdorian newspaper."), "OST", "TES", TieType.Condemnation);
        Assert.Equal("a Valdorian newspaper", tie.Attribution);
    }

    [Fact]
    public void Evidence_is_the_verbatim_sentence_with_extractor_and_lexicon_version()
    {
        var document = Doc("Headline about Kell\n\nOstrana condemned Tessel. Brask stayed on the sidelines.");
        var result = Extractor.Extract(document);
        Assert.NotEmpty(result.Ties);
        foreach (var evidence in result.Ties.Select(t => t.Evidence).Concat(result.States.Select(s => s.Evidence)))
        {
            Assert.Equal(document.Text[evidence.Start..evidence.End], evidence.Sentence);
            Assert.Equal("test", evidence.LexiconVersion);
            Assert.Equal(Casus.Extract.Rules.RuleExtractor.Name, evidence.Extractor);
            Assert.Equal(document.Id, evidence.DocumentId);
        }
    }

    [Fact]
    public void Unknown_organisation_names_are_reported_as_candidates() =>
        Assert.Contains("Southern Liberation Army", Run("The Southern Liberation Army attacked Kell.").CandidateActors);
}
