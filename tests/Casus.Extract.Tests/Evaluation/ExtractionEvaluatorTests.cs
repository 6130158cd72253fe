using Casus.Core.Claims;
using Casus.Extract.Evaluation;
using static Casus.Extract.Tests.Evaluation.Claims;

namespace Casus.Extract.Tests.Evaluation;

public sealed class ExtractionEvaluatorTests
{
    [Fact]
    public void Extraction_equal_to_gold_scores_perfectly()
    {
        var gold = Gold("RUR\tFRE\tsupport\t+\tasserted", "guild\t\tsize\t\tasserted\tquantity=5000");
        var report = ExtractionEvaluator.Evaluate(gold, [Extracted(Tie("RUR", "FRE", TieType.Support), State("guild", ActorStateKind.Size, quantity: 5100))]);

        Assert.Equal((1.0, 1.0, 1.0), (report.Overall.Precision, report.Overall.Recall, report.Overall.F1));
        Assert.Equal(1.0, report.ModalityAccuracy);
        Assert.Empty(report.Flattenings);
        Assert.Equal(0, report.DetailsWrong);
        Assert.Equal(1, report.DetailsChecked);
    }

    [Fact]
    public void Treaty_written_the_other_way_round_still_matches()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\ttreaty\t+\tasserted"), [Extracted(Tie("FRE", "RUR", TieType.Treaty))]);
        Assert.Equal(1, report.Overall.TruePositives);
    }

    [Fact]
    public void Support_in_the_wrong_direction_is_both_a_miss_and_a_false_positive()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\tsupport\t+\tasserted"), [Extracted(Tie("FRE", "RUR", TieType.Support))]);
        Assert.Equal(new Scores(0, 1, 1), report.Overall);
        Assert.Single(report.Misses);
        Assert.Single(report.FalsePositives);
    }

    [Fact]
    public void A_tie_repeated_in_several_sentences_counts_once()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\tsupport\t+\tasserted"),
            [Extracted(Tie("RUR", "FRE", TieType.Support), Tie("RUR", "FRE", TieType.Support), Tie("RUR", "FRE", TieType.Support))]);
        Assert.Equal(new Scores(1, 0, 0), report.Overall);
        Assert.Equal(3, report.Matches.Single().Predicted.Mentions);
    }

    [Fact]
    public void Hedged_claim_stored_as_asserted_is_found_but_counted_as_flattened()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\tarms_supply\t+\thedged"), [Extracted(Tie("RUR", "FRE", TieType.ArmsSupply))]);
        Assert.Equal(1, report.Overall.TruePositives);
        Assert.Equal(0.0, report.ModalityAccuracy);
        Assert.Single(report.Flattenings);
    }

    [Fact]
    public void Asserted_claim_where_the_text_only_negates_it_is_flattening_even_beside_the_right_reading()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\tsupport\t+\tnegated"),
            [Extracted(Tie("RUR", "FRE", TieType.Support, Modality.Negated), Tie("RUR", "FRE", TieType.Support))]);
        Assert.Equal(new Scores(1, 1, 0), report.Overall);
        Assert.Equal(Modality.Asserted, Assert.Single(report.Flattenings).Predicted.Modality);
    }

    [Fact]
    public void Asserted_and_negated_readings_of_one_tie_are_two_claims()
    {
        var gold = Gold("RUR\tFRE\tsupport\t+\tasserted", "RUR\tFRE\tsupport\t+\tnegated");
        var onlyAsserted = ExtractionEvaluator.Evaluate(gold, [Extracted(Tie("RUR", "FRE", TieType.Support))]);
        var both = ExtractionEvaluator.Evaluate(gold, [Extracted(Tie("RUR", "FRE", TieType.Support), Tie("RUR", "FRE", TieType.Support, Modality.Negated))]);

        Assert.Equal(new Scores(1, 0, 1), onlyAsserted.Overall);
        Assert.Empty(onlyAsserted.Flattenings);
        Assert.Equal(new Scores(2, 0, 0), both.Overall);
    }

    [Fact]
    public void Mediator_named_towards_either_party_matches_once_without_false_positive()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("SYL\tRUR|FRE\tmediation\t+\thedged"),
            [Extracted(Tie("SYL", "RUR", TieType.Mediation, Modality.Hedged), Tie("SYL", "FRE", TieType.Mediation, Modality.Hedged))]);
        Assert.Equal(new Scores(1, 0, 0), report.Overall);
    }

    [Fact]
    public void Threat_marked_threatened_counts_as_the_asserted_threat()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\tthreat\t-\tasserted"), [Extracted(Tie("RUR", "FRE", TieType.Threat, Modality.Threatened))]);
        Assert.Equal(1.0, report.ModalityAccuracy);
        Assert.Empty(report.Flattenings);
    }

    [Fact]
    public void Conditional_threat_stored_as_a_plain_threat_is_flattening()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("guild\tFRE\tthreat\t-\tconditional\tcondition=FRE"), [Extracted(Tie("guild", "FRE", TieType.Threat, Modality.Threatened))]);
        Assert.Single(report.Flattenings);
        Assert.Contains("condition actor", Assert.Single(report.Matches).DetailMismatches.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Treaty_missing_its_absent_defence_clause_is_reported_as_a_wrong_detail()
    {
        var gold = Gold("RUR\tFRE\ttreaty\t+\tasserted\tfrom=2030-01; clauses=+joint_exercises -mutual_defence");
        var predicted = Tie("RUR", "FRE", TieType.Treaty, clauses: [new Clause(ClauseKind.JointExercises, true)], from: new DateOnly(2030, 1, 17));
        var report = ExtractionEvaluator.Evaluate(gold, [Extracted(predicted)]);

        Assert.Equal(1, report.Overall.TruePositives);
        Assert.Equal(3, report.DetailsChecked);
        Assert.Contains("mutual_defence", Assert.Single(report.Matches.Single().DetailMismatches), StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_the_gold_does_not_name_are_not_scored_and_missing_ones_are_all_misses()
    {
        var report = ExtractionEvaluator.Evaluate(Gold("RUR\tFRE\tsupport\t+\tasserted", "SYL\t\tregime_toppled\t\tasserted"),
            [Extracted("fictional-article.txt#related-1", Tie("RUR", "FRE", TieType.Support))]);

        Assert.Equal(new Scores(0, 0, 2), report.Overall);
        Assert.Equal([Doc], report.MissingDocuments);
        Assert.Equal(0.0, report.Overall.Precision);
    }

    [Fact]
    public void Scores_per_kind_add_up_to_the_overall_scores()
    {
        var gold = Gold("RUR\tFRE\tsupport\t+\tasserted", "RUR\tFRE\tcondemnation\t-\tasserted", "SYL\t\tstayed_out\t\thedged");
        var report = ExtractionEvaluator.Evaluate(gold,
            [Extracted(Tie("RUR", "FRE", TieType.Support), Tie("SYL", "FRE", TieType.Hostility), State("SYL", ActorStateKind.StayedOut, Modality.Hedged))]);

        Assert.Equal(report.Overall, report.ByKind.Values.Aggregate(Scores.Zero, (a, b) => a + b));
        Assert.Equal(new Scores(0, 1, 0), report.ByKind["hostility"]);
        Assert.Equal(new Scores(0, 0, 1), report.ByKind["condemnation"]);
        var text = EvaluationReportText.Render(report);
        Assert.Contains("RUR→FRE condemnation -", text, StringComparison.Ordinal);
    }
}
