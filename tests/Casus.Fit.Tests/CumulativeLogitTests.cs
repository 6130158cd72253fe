using Casus.Fit;

namespace Casus.Fit.Tests;

public sealed class CumulativeLogitTests
{
    private static readonly double[] TrueTau = [-0.5, 0.7, 1.6, 2.4, 3.3];
    private static readonly double[] TrueBeta = [1.2, -0.8];

    /// <summary>Draws ordinal outcomes from a known model (seeded: the same data every run); some are coarsened to intervals.</summary>
    private static List<Observation> Simulate(int n, int seed, bool coarsen)
    {
        var random = new Random(seed);
        var data = new List<Observation>(n);
        for (var i = 0; i < n; i++)
        {
            double[] x = [random.Next(2), random.NextDouble() * 2 - 1];
            var p = CumulativeLogit.Probabilities(TrueTau, TrueBeta[0] * x[0] + TrueBeta[1] * x[1]);
            var u = random.NextDouble();
            var level = 0;
            for (var c = p[0]; level < 5 && u > c; c += p[++level]) { }
            // A dataset that cannot tell 1 from 2 reports [1, 2]; one that only sees force reports [0, 3] for no force.
            // Which dataset reports does not depend on the level within the interval (coarsened at random).
            var (lo, hi) = !coarsen ? (level, level) : level is 1 or 2 && i % 6 < 2 ? (1, 2) : level <= 3 && i % 6 is 3 or 4 ? (0, 3) : (level, level);
            data.Add(new Observation(x, lo, hi));
        }
        return data;
    }

    private static readonly Prior[] FlatTau = TrueTau.Select(_ => new Prior(0, 100)).ToArray();
    private static readonly Prior[] FlatBeta = [new(0, 100), new(0, 100)];

    [Fact]
    public void Recovers_the_coefficients_and_thresholds_of_a_known_model_within_three_standard_errors()
    {
        var fit = CumulativeLogit.Fit(Simulate(6000, 7, coarsen: true), 6, FlatTau, FlatBeta);
        for (var j = 0; j < TrueBeta.Length; j++)
            Assert.InRange(fit.Coefficients[j], TrueBeta[j] - 3 * fit.CoefficientSe[j], TrueBeta[j] + 3 * fit.CoefficientSe[j]);
        for (var k = 0; k < TrueTau.Length; k++)
            Assert.InRange(fit.Thresholds[k], TrueTau[k] - 3 * fit.ThresholdSe[k], TrueTau[k] + 3 * fit.ThresholdSe[k]);
        Assert.All(fit.CoefficientSe, se => Assert.InRange(se, 0.01, 0.2));
    }

    [Fact]
    public void A_tight_prior_pulls_a_coefficient_to_its_centre_and_a_loose_one_does_not()
    {
        var data = Simulate(2000, 11, coarsen: false);
        var tight = CumulativeLogit.Fit(data, 6, FlatTau, [new(0, 0.01), new(0, 100)]);
        var loose = CumulativeLogit.Fit(data, 6, FlatTau, FlatBeta);
        Assert.InRange(tight.Coefficients[0], -0.05, 0.05);
        Assert.InRange(loose.Coefficients[0], 0.9, 1.5);
    }

    [Fact]
    public void The_same_data_give_the_same_numbers_to_the_last_bit()
    {
        var data = Simulate(1500, 3, coarsen: true);
        var a = CumulativeLogit.Fit(data, 6, FlatTau, FlatBeta);
        var b = CumulativeLogit.Fit(data, 6, FlatTau, FlatBeta);
        Assert.Equal(a.Coefficients, b.Coefficients);
        Assert.Equal(a.Thresholds, b.Thresholds);
        Assert.Equal(a.CoefficientSe, b.CoefficientSe);
    }

    [Fact]
    public void The_analytic_gradient_and_hessian_agree_with_finite_differences()
    {
        var data = Simulate(300, 5, coarsen: true);
        double[] theta = [-0.3, 0.5, 1.4, 2.6, 3.0, 0.9, -0.4];
        var priors = FlatTau.Concat(FlatBeta).ToArray();
        var g = CumulativeLogit.Gradient(data, theta, 5, priors);
        for (var i = 0; i < theta.Length; i++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += 1e-6;
            minus[i] -= 1e-6;
            var numeric = (CumulativeLogit.Objective(data, plus, 5, priors) - CumulativeLogit.Objective(data, minus, 5, priors)) / 2e-6;
            Assert.Equal(numeric, g[i], 3);
        }
        var analytic = CumulativeLogit.Hessian(data, theta, 5, priors);
        var finite = CumulativeLogit.NumericHessian(data, theta, 5, priors);
        for (var i = 0; i < theta.Length; i++)
            for (var j = 0; j < theta.Length; j++)
                Assert.Equal(finite[i, j], analytic[i, j], 3);
    }

    [Fact]
    public void Probabilities_sum_to_one_and_rise_with_the_propensity()
    {
        var low = CumulativeLogit.Probabilities(TrueTau, -1);
        var high = CumulativeLogit.Probabilities(TrueTau, 2);
        Assert.Equal(1, low.Sum(), 12);
        Assert.True(high.Skip(3).Sum() > low.Skip(3).Sum());
    }
}
