using Casus.Core;
using Casus.Core.Claims;
using Casus.Pipeline.Starter;
using static Casus.Pipeline.Tests.Starter.StarterFixture;

namespace Casus.Pipeline.Tests.Starter;

public sealed class StarterKnowledgeTests
{
    [Fact]
    public void Facts_from_one_source_become_one_document_whose_text_holds_each_statement_once()
    {
        var shared = "Ruritania and Grand Fenwick signed a pact of friendship in 2031.";
        var tsv = File(
            Row(source: "RUR", target: "GRN", statement: shared),
            Row(source: "GRN", target: "RUR", statement: shared),
            Row(type: "arms_supply", statement: "Ruritania sells rifles to Grand Fenwick."),
            Row(type: "", target: "", stateKind: "size", quantity: "4000", source: "GRN",
                statement: "Grand Fenwick fields about 4,000 archers.", url: "https://example.org/other", date: "2031-06-01"));

        var documents = StarterKnowledge.Parse(tsv, "test-1");

        Assert.Equal(2, documents.Count);
        var (pact, ties, states) = documents[0];
        Assert.Equal(shared + "\nRuritania sells rifles to Grand Fenwick.", pact.Text);
        Assert.Equal(3, ties.Count);
        Assert.Empty(states);
        Assert.Equal("https://example.org/zenda/pact", pact.Url);
        Assert.Equal(new DateOnly(2031, 5, 1), pact.Date);
        Assert.Equal(4000, Assert.Single(documents[1].States).Quantity);
    }

    [Fact]
    public void Evidence_offsets_point_at_the_statement_in_the_document_text()
    {
        var tsv = File(
            Row(statement: "Ruritania and Grand Fenwick signed a pact of friendship in 2031."),
            Row(type: "condemnation", statement: "Ruritania later condemned a Fenwick border raid."));

        var (document, ties, _) = Assert.Single(StarterKnowledge.Parse(tsv, "test-1"));

        foreach (var tie in ties)
        {
            var evidence = tie.Evidence;
            Assert.Equal(evidence.Sentence, document.Text[evidence.Start..evidence.End]);
            Assert.Equal(document.Id, evidence.DocumentId);
            Assert.Equal(StarterKnowledge.ExtractorName, evidence.Extractor);
            Assert.Equal("test-1", evidence.LexiconVersion);
            Assert.Equal("The Zenda Herald", evidence.Outlet);
        }
    }

    [Fact]
    public void Absent_treaty_clause_is_stored_as_not_present()
    {
        var tsv = File(Row(clauses: "mutual_defence- | joint_exercises+", validFrom: "2031-05-01"));

        var tie = Assert.Single(Assert.Single(StarterKnowledge.Parse(tsv, "v")).Ties);

        Assert.Contains(tie.ClauseList, c => c is { Kind: ClauseKind.MutualDefence, Present: false });
        Assert.Contains(tie.ClauseList, c => c is { Kind: ClauseKind.JointExercises, Present: true });
        Assert.Equal(new DateOnly(2031, 5, 1), tie.ValidFrom);
    }

    [Fact]
    public void Conditional_threat_keeps_its_modality_condition_and_default_hostile_sign()
    {
        var tsv = File(Row(type: "threat", modality: "conditional", conditionActor: "GRN",
            context: "if Grand Fenwick invades", attribution: "the Zenda garrison"));

        var tie = Assert.Single(Assert.Single(StarterKnowledge.Parse(tsv, "v")).Ties);

        Assert.Equal(Modality.Conditional, tie.Modality);
        Assert.Equal("GRN", tie.ConditionActor?.Value);
        Assert.Equal("if Grand Fenwick invades", tie.Condition);
        Assert.Equal("the Zenda garrison", tie.Attribution);
        Assert.Equal(-1, tie.Sign);
    }

    [Fact]
    public void Same_facts_give_the_same_document_ids()
    {
        var tsv = File(Row());

        Assert.Equal(StarterKnowledge.Parse(tsv, "v")[0].Document.Id, StarterKnowledge.Parse(tsv, "v")[0].Document.Id);
    }

    [Theory]
    [InlineData("RUR\ttreaty\tGRN", "columns")]
    [InlineData(null, "date")]
    public void Malformed_row_is_reported_with_its_line(string? row, string reason)
    {
        var tsv = File(Row(), row ?? Row(date: "May 2031"));

        var error = Assert.Throws<InputException>(() => StarterKnowledge.Parse(tsv, "v", inputName: "facts.tsv"));

        Assert.StartsWith("facts.tsv line 3:", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("alliance_of_hearts", "", "unknown tie type")]
    [InlineData("treaty", "size", "exactly one of type")]
    [InlineData("", "", "exactly one of type")]
    public void Row_must_be_exactly_one_known_tie_or_state(string type, string stateKind, string reason)
    {
        var tsv = File(Row(type: type, stateKind: stateKind));

        var error = Assert.Throws<InputException>(() => StarterKnowledge.Parse(tsv, "v"));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Bad_clause_sign_is_rejected()
    {
        var error = Assert.Throws<InputException>(() => StarterKnowledge.Parse(File(Row(clauses: "mutual_defence")), "v"));
        Assert.Contains("mutual_defence", error.Message);
    }

    [Fact]
    public void Conditional_claim_without_condition_actor_is_rejected()
    {
        var error = Assert.Throws<InputException>(() => StarterKnowledge.Parse(File(Row(type: "threat", modality: "conditional")), "v"));
        Assert.Contains("condition_actor", error.Message);
    }

    [Fact]
    public void Unknown_actor_is_rejected_when_a_lookup_is_given()
    {
        var known = new HashSet<string> { "RUR" };

        var error = Assert.Throws<InputException>(() => StarterKnowledge.Parse(File(Row()), "v", known.Contains));

        Assert.Contains("unknown actor 'GRN'", error.Message);
    }

    [Fact]
    public void One_source_with_two_outlets_is_rejected()
    {
        var tsv = File(Row(), Row(statement: "Another fact.", outlet: "The Strelsau Times"));

        var error = Assert.Throws<InputException>(() => StarterKnowledge.Parse(tsv, "v"));

        Assert.Contains("line 3", error.Message);
        Assert.Contains("The Strelsau Times", error.Message);
    }

    [Fact]
    public void File_without_facts_is_rejected()
    {
        Assert.Throws<InputException>(() => StarterKnowledge.Parse(Header + "\n", "v"));
    }
}
