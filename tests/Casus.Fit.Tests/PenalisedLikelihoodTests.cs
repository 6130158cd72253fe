using Casus.Fit;

namespace Casus.Fit.Tests;

public sealed class PenalisedLikelihoodTests
{
    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>Logistic regression y ~ Bernoulli(σ(a + b·x)) on a fixed design: the penalised Newton fit on finite
    /// differences must recover the generating values within 3 standard errors, and agree with the closed-form fit.</summary>
    [Fact]
    public void Recovers_a_known_logistic_model_with_standard_errors()
    {
        const double a = -0.5, b = 1.3;
        var rng = new Random(7);
        var data = Enumerable.Range(0, 3000).Select(_ =>
        {
            var x = rng.NextDouble() * 4 - 2;
            return (x, y: rng.NextDouble() < Sigmoid(a + b * x));
        }).ToArray();
        double LogLik(double[] t) => data.Sum(d => Math.Log(d.y ? Sigmoid(t[0] + t[1] * d.x) : 1 - Sigmoid(t[0] + t[1] * d.x)));
        var fit = PenalisedLikelihood.Maximise(LogLik, [new Prior(0, 10), new Prior(0, 10)]);
        Assert.InRange(fit.Estimates[0], a - 3 * fit.StandardErrors[0], a + 3 * fit.StandardErrors[0]);
        Assert.InRange(fit.Estimates[1], b - 3 * fit.StandardErrors[1], b + 3 * fit.StandardErrors[1]);
        Assert.InRange(fit.StandardErrors[1], 0.02, 0.2);

        // The same model as a two-level cumulative logit: P(y = 0) = σ(τ − b·x), τ = −a.
        var closed = CumulativeLogit.Fit(data.Select(d => new Observation([d.x], d.y ? 1 : 0, d.y ? 1 : 0)).ToArray(), 2,
            [new Prior(0, 10)], [new Prior(0, 10)]);
        Assert.Equal(-closed.Thresholds[0], fit.Estimates[0], 3);
        Assert.Equal(closed.Coefficients[0], fit.Estimates[1], 3);
        Assert.Equal(closed.CoefficientSe[0], fit.StandardErrors[1], 3);
    }

    [Fact]
    public void A_tight_prior_holds_the_estimate_at_its_centre_and_the_fit_is_deterministic()
    {
        double LogLik(double[] t) => -0.5 * (t[0] - 5) * (t[0] - 5); // data say 5, sd 1
        var fit = PenalisedLikelihood.Maximise(LogLik, [new Prior(0, 0.01)]);
        Assert.InRange(fit.Estimates[0], 0, 0.01);
        var again = PenalisedLikelihood.Maximise(LogLik, [new Prior(0, 0.01)]);
        Assert.Equal(fit.Estimates, again.Estimates);
        // Normal likelihood with sd 1 and prior sd 1 centred on 0: posterior mean 2.5, sd 1/√2.
        var even = PenalisedLikelihood.Maximise(LogLik, [new Prior(0, 1)]);
        Assert.Equal(2.5, even.Estimates[0], 4);
        Assert.Equal(Math.Sqrt(0.5), even.StandardErrors[0], 3);
    }
}
