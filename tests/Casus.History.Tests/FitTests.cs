using Casus.History;

namespace Casus.History.Tests;

[Collection(ShippedHistoryCollection.Name)]
public sealed class FitTests(ShippedHistory history)
{
    [Fact]
    public void Casus_fit_reproduces_the_shipped_weights_file_byte_for_byte()
    {
        var (text, _, _) = history.Knowledge.FitWeights();
        Assert.Equal(history.Data.Read(StructuralModel.FileName), text);
    }

    [Fact]
    public void The_shipped_weights_file_parses_and_every_coefficient_has_a_standard_error()
    {
        var text = history.Data.Read(StructuralModel.FileName);
        var model = StructuralModel.Parse(text);
        Assert.Equal(StructuralFeatures.Count, model.Coefficients.Length);
        foreach (var d in StructuralFeatures.Definitions)
            Assert.Matches($"(?m)^beta\\.{d.Key}\\t-?\\d+\\.\\d{{4}}\\t\\d+\\.\\d{{4}}\\t", text);
    }

    [Fact]
    public void A_damaged_weights_file_is_a_clear_error()
    {
        var text = history.Data.Read(StructuralModel.FileName);
        var missing = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("beta.capability", StringComparison.Ordinal)));
        Assert.Contains("beta.capability", Assert.Throws<Casus.Core.InputException>(() => StructuralModel.Parse(missing)).Message);
        Assert.Throws<Casus.Core.InputException>(() => StructuralModel.Parse(text + "beta.extra\t1\t1\t0\t1\twhy\n"));
    }

    [Fact]
    public void The_case_base_holds_every_dataset_with_outcomes_on_the_ladder_and_no_party_as_a_third_party()
    {
        var outcomes = history.Outcomes.Value;
        Assert.Equal(["cow", "esd", "icb", "mid"], outcomes.Select(o => o.Source).Distinct().Order(StringComparer.Ordinal));
        Assert.All(outcomes, o =>
        {
            Assert.InRange(o.Lo, 0, 5);
            Assert.InRange(o.Hi, o.Lo, 5);
            Assert.NotEqual(o.Target, o.Third);
            Assert.DoesNotContain(o.Third, o.Attackers);
        });
        // ICB codes the USA and the USSR in every crisis after 1945, including those where they did nothing.
        Assert.Contains(outcomes, o => o.Source == "icb" && o.Third == 2 && o.Hi == 0 && o.Date.Year > 1945);
        Assert.Contains(outcomes, o => o.Source == "mid" && o.Pooled);
    }

    [Fact]
    public void Folds_are_stable_and_keep_a_crisis_together()
    {
        Assert.Equal(HistoryEvaluation.Fold("icb-196", 10), HistoryEvaluation.Fold("icb-196", 10));
        var folds = history.Outcomes.Value.GroupBy(o => o.Crisis).Select(g => g.Select(o => HistoryEvaluation.Fold(o.Crisis, 10)).Distinct().Count());
        Assert.All(folds, n => Assert.Equal(1, n));
    }
}
