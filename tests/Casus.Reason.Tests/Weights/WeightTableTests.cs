using Casus.Core;
using Casus.Reason.Tests.Fixtures;

namespace Casus.Reason.Tests.Weights;

public sealed class WeightTableTests
{
    [Fact]
    public void Shipped_weights_file_builds_an_engine() => Assert.NotNull(ScenarioEngine.FromWeights(TestWeights.Text));

    [Fact]
    public void Every_line_of_the_shipped_file_explains_its_number()
    {
        var rows = TestWeights.Text.Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        Assert.True(rows.Count > 50);
        Assert.All(rows, row => Assert.True(row.Split('\t') is [_, _, var why] && why.Trim().Length >= 10, row));
    }

    [Fact]
    public void Missing_key_is_named_in_the_error()
    {
        var text = string.Join('\n', TestWeights.Text.Split('\n').Where(l => !l.StartsWith("patronage.client_cap\t", StringComparison.Ordinal)));
        var error = Assert.Throws<InputException>(() => ScenarioEngine.FromWeights(text));
        Assert.Contains("patronage.client_cap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_rejected_so_typos_cannot_silently_do_nothing()
    {
        var error = Assert.Throws<InputException>(() => ScenarioEngine.FromWeights(TestWeights.Text + "\npatronage.clinet\t2.0\ta typo"));
        Assert.Contains("patronage.clinet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_without_comment_is_rejected_with_its_line()
    {
        var error = Assert.Throws<InputException>(() => ScenarioEngine.FromWeights("ladder.tau0\t0.2\n"));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_number_is_rejected() =>
        Assert.Contains("ladder.tau2", Assert.Throws<InputException>(() =>
            ScenarioEngine.FromWeights(TestWeights.With("ladder.tau2", "high"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Thresholds_must_increase() =>
        Assert.Throws<InputException>(() => ScenarioEngine.FromWeights(TestWeights.With("ladder.tau3", "1.0")));

    [Fact]
    public void Duplicate_key_is_rejected() =>
        Assert.Throws<InputException>(() => ScenarioEngine.FromWeights(TestWeights.Text + "\nladder.tau0\t0.3\tagain"));

    [Fact]
    public void Changing_a_number_in_the_file_changes_the_verdicts()
    {
        var kb = ContractKnowledge.Build();
        var tuned = ScenarioEngine.FromWeights(TestWeights.With("patronage.client_of_target", "0.5"));
        double Pmf(ScenarioEngine engine) => engine.Evaluate(kb, ContractKnowledge.UsJoinsIsrael).Verdicts
            .Single(v => v.Actor.Value == "pmf").ExpectedLevel;
        Assert.True(Pmf(tuned) < Pmf(TestWeights.Engine));
    }
}
