using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.History;
using Casus.Reason;
using Casus.Reason.Factors;
using Casus.Reason.Model;

namespace Casus.History.Tests;

[Collection(ShippedHistoryCollection.Name)]
public sealed class VerdictModelTests(ShippedHistory history)
{
    private OrdinalLadder Shape => ScenarioEngine.FromWeights(history.Data.Read("reasoning/weights.tsv")).Ladder;

    private VerdictModel Shipped => VerdictModel.Parse(history.Data.Read(VerdictModel.FileName), Shape);

    [Fact]
    public void The_shipped_verdict_model_parses_with_a_standard_error_for_every_fitted_number()
    {
        var text = history.Data.Read(VerdictModel.FileName);
        var model = Shipped;
        Assert.Equal(VerdictModel.ParameterCount, model.Parameters.Length);
        foreach (var name in VerdictModel.Names)
            Assert.Matches($"(?m)^{name.Replace(".", "\\.")}\\t-?\\d+\\.\\d+\\t\\d+\\.\\d+\\t", text);
        Assert.InRange(model.Shrink, 0, 1);
        Assert.Equal(1, model.BaseRate.Sum(), 3);
        var taus = VerdictModel.Taus(model.Parameters);
        for (var k = 1; k < taus.Length; k++) Assert.True(taus[k] > taus[k - 1]);
    }

    [Fact]
    public void A_damaged_verdict_model_is_a_clear_error()
    {
        var text = history.Data.Read(VerdictModel.FileName);
        var missing = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("text.rhetoric", StringComparison.Ordinal)));
        Assert.Contains("text.rhetoric", Assert.Throws<Casus.Core.InputException>(() => VerdictModel.Parse(missing, Shape)).Message);
        Assert.Throws<Casus.Core.InputException>(() => VerdictModel.Parse(text + "text.extra\t1\t1\t1\t1\n", Shape));
    }

    [Fact]
    public void Stronger_ties_in_history_and_condemnation_in_the_news_raise_the_chance_of_help()
    {
        var model = Shipped;
        double AtLeast(VerdictInputs x, int k) => model.Predict(x).Skip(k).Sum();
        Assert.True(AtLeast(new VerdictInputs(null, 2.0), 3) > AtLeast(new VerdictInputs(null, 0.0), 3));
        var condemns = new[] { new FactorTerm("rhetoric", 1.5, FactorScope.Voice, null, false) };
        Assert.True(AtLeast(new VerdictInputs(condemns, 0.0), 1) > AtLeast(new VerdictInputs([], 0.0), 1));
        // A toppled regime (capability cap 0) mostly does nothing, whatever history says.
        var toppled = new[] { new FactorTerm("capability", -2.0, FactorScope.Force, 0, false) };
        Assert.True(model.Predict(new VerdictInputs(toppled, 2.0))[0] > 0.5 * (1 - model.Shrink));
        Assert.All(new[] { new VerdictInputs(null, null), new VerdictInputs(condemns, -3.0) }, x => Assert.Equal(1, model.Predict(x).Sum(), 9));
    }

    /// <summary>Data simulated from the model with known multipliers: the fit recovers them within 3 standard errors.</summary>
    [Fact]
    public void Fitting_recovers_known_text_multipliers_from_simulated_outcomes()
    {
        var shape = Shape;
        var truth = VerdictModel.Priors(shape).Select(p => p.Centre).ToArray();
        var rhetoric = VerdictModel.Names.ToList().IndexOf("text.rhetoric");
        var cross = VerdictModel.Names.ToList().IndexOf("text.cross_pressure");
        truth[rhetoric] = 1.8;
        truth[cross] = 0.4;
        var ladder = shape.WithThresholds(VerdictModel.Taus(truth));
        var rng = new Random(11);
        var data = Enumerable.Range(0, 1500).Select(_ =>
        {
            FactorTerm[] terms = [new("rhetoric", rng.NextDouble() * 2, FactorScope.Voice, null, false), new("cross_pressure", -rng.NextDouble() * 3, FactorScope.Force, null, false)];
            var x = new VerdictInputs(terms, rng.NextDouble() * 2 - 1);
            var p = VerdictModel.Raw(ladder, truth, x, VerdictDesign.Full);
            var u = rng.NextDouble();
            var level = 0;
            for (var c = p[0]; u > c && level < 5; c += p[++level]) { }
            return (x, level);
        }).ToArray();
        var fit = VerdictModel.Fit(shape, data, VerdictDesign.Full);
        foreach (var j in new[] { rhetoric, cross })
            Assert.InRange(truth[j], fit.Estimates[j] - 3 * fit.StandardErrors[j], fit.Estimates[j] + 3 * fit.StandardErrors[j]);
    }

    /// <summary>The engine with the fitted model gives every listed state and every news verdict a distribution from it.</summary>
    [Fact]
    public void The_outside_view_engine_with_the_fitted_model_judges_any_named_actor()
    {
        var engine = (OutsideViewEngine)history.Knowledge.Decorate(ScenarioEngine.FromWeights(history.Data.Read("reasoning/weights.tsv")));
        Assert.NotNull(engine.Model);
        var scenario = new Scenario(new ActorId("ARM"), [new ActorId("AZE")], [], new DateOnly(2022, 9, 12));
        var empty = new KnowledgeBase([], [], []);
        var result = engine.Evaluate(empty, scenario);
        Assert.Contains(result.Verdicts, v => v.Actor.Value == "RUS");
        Assert.All(result.Verdicts, v => Assert.Equal(1, v.Probabilities.Sum(), 9));
        // Tuvalu is not listed, but asked about it gets a verdict (the fitted model on history's view of it).
        Assert.DoesNotContain(result.Verdicts, v => v.Actor.Value == "TUV");
        var tuvalu = engine.JudgeActor(empty, scenario, new ActorId("TUV"), "Tuvalu");
        Assert.NotNull(tuvalu);
        Assert.True(tuvalu!.AtLeast(LadderLevel.Material) < result.Verdicts.First(v => v.Actor.Value == "RUS").AtLeast(LadderLevel.Material));
        Assert.Null(engine.JudgeActor(empty, scenario, new ActorId("AZE"), "Azerbaijan")); // a party
    }
}
