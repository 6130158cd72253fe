using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Extract.Evaluation.Plover;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Tests.Evaluation;

/// <summary>The PLOVER scorer on invented records (Ruritania RUR, Freedonia FRE, Sylvania SYL):
/// no sentence of the gold-standard file is used here.</summary>
public class PloverEvaluatorTests
{
    private static readonly CameoCasusMap Map = CameoCasusMap.Parse("""
        cameo	11	condemnation		disapprove
        cameo	19	attack		fight
        plover	DISAPPROVE	condemnation		criticise
        plover	FIGHT	attack | hostility		fight
        plover	PROTEST	-		protest
        """);

    private static PloverCase Case(string id, string eventType, string[] sources, string[] targets, params TieClaim[] predicted) =>
        new(new PloverRecord(id, new DateOnly(2030, 1, 1), "An invented sentence.", eventType, null,
                sources.Select(s => new PloverActor(s, s)).ToList(), targets.Select(t => new PloverActor(t, t)).ToList()),
            sources.Select(s => new ActorId(s)).ToHashSet(), targets.Select(t => new ActorId(t)).ToHashSet(), predicted);

    private static TieClaim Tie(string source, string target, TieType type, Modality modality = Modality.Asserted) => Claims.Tie(source, target, type, modality);

    [Fact]
    public void A_record_is_found_by_a_claim_of_its_family_with_the_coded_source_and_target()
    {
        var report = PloverEvaluator.Evaluate([
            Case("r1", "DISAPPROVE", ["RUR"], ["FRE"], Tie("RUR", "FRE", TieType.Condemnation)),
            Case("r2", "FIGHT", ["RUR"], ["SYL"], Tie("RUR", "SYL", TieType.Hostility)),
            Case("r3", "FIGHT", ["FRE"], ["SYL"]),
        ], Map);
        var disapprove = report.Modelled.Single(s => s.Type == "DISAPPROVE");
        var fight = report.Modelled.Single(s => s.Type == "FIGHT");
        Assert.Equal((1, 1, 1.0, 1.0), (disapprove.Gold, disapprove.Found, disapprove.Recall, disapprove.Precision));
        Assert.Equal((2, 1, 0.5, 1.0), (fight.Gold, fight.Found, fight.Recall, fight.Precision));
        Assert.Equal(["r3"], report.Misses.Select(m => m.RecordId));
        Assert.Equal((3, 2), (report.Overall.Gold, report.Overall.Found));
    }

    [Fact]
    public void Wrong_actors_a_reversed_direction_or_another_event_count_against_precision()
    {
        var report = PloverEvaluator.Evaluate([
            Case("r1", "DISAPPROVE", ["RUR"], ["FRE"], Tie("FRE", "RUR", TieType.Condemnation), Tie("RUR", "SYL", TieType.Condemnation)),
            // A protest sentence read as a condemnation: wrong, counted against DISAPPROVE.
            Case("r2", "PROTEST", ["SYL"], ["RUR"], Tie("SYL", "RUR", TieType.Condemnation)),
        ], Map);
        var disapprove = report.Modelled.Single(s => s.Type == "DISAPPROVE");
        Assert.Equal((0, 0, 3), (disapprove.Found, disapprove.ClaimsRight, disapprove.ClaimsWrong));
        Assert.Equal(0, disapprove.Precision);
        Assert.Equal(1, report.NotModelled["PROTEST"]);
        Assert.Equal(3, report.WrongClaims.Count);
    }

    [Fact]
    public void Negated_claims_are_not_predictions_and_uncoded_types_are_counted_apart()
    {
        var report = PloverEvaluator.Evaluate([
            Case("r1", "FIGHT", ["RUR"], ["FRE"], Tie("RUR", "FRE", TieType.Hostility, Modality.Negated), Tie("RUR", "FRE", TieType.Basing)),
        ], Map);
        Assert.Equal(0, report.Overall.Found);
        Assert.Equal(0, report.Overall.ClaimsRight + report.Overall.ClaimsWrong);
        Assert.Equal(1, report.NegatedClaimsIgnored);
        Assert.Equal(1, report.ClaimsOfUncodedTypes);
    }

    [Fact]
    public void A_record_without_a_coded_target_needs_only_the_source()
    {
        var report = PloverEvaluator.Evaluate([Case("r1", "DISAPPROVE", ["RUR", "FRE"], [], Tie("FRE", "SYL", TieType.Condemnation))], Map);
        Assert.Equal(1, report.Overall.Found);
    }

    [Fact]
    public void Parser_reads_records_and_leaves_out_entries_without_a_sentence()
    {
        var records = PloverGoldParser.Parse("""
            [ {"id": "DOC", "event": "DOCUMENT", "eventText": "about this file"},
              {"id": "X-1", "date": "2001-02-03", "event": "disapprove", "text": "Invented text.",
               "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": "", "mode": ""} ]
            """);
        var record = Assert.Single(records);
        Assert.Equal(("X-1", "DISAPPROVE", new DateOnly(2001, 2, 3)), (record.Id, record.Event, record.Date!.Value));
        Assert.Equal([new PloverActor("Ruritania", "RUR")], record.Sources);
        Assert.Empty(record.Targets);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"id\": 1}")]
    public void A_file_that_is_not_an_array_of_records_is_a_clear_input_error(string text)
    {
        var error = Assert.Throws<InputException>(() => PloverGoldParser.Parse(text, "gold.txt"));
        Assert.StartsWith("gold.txt:", error.Message);
    }
}
