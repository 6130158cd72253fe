using MathNet.Numerics.LinearAlgebra;

namespace Casus.Fit;

/// <summary>A penalised maximum-likelihood fit of any model: estimates, standard errors (square roots of the
/// diagonal of the inverse negative penalised Hessian; NaN where it is not positive definite), the log-likelihood
/// and log-posterior at the optimum, and the Newton iterations taken.</summary>
public sealed record PenalisedFit(double[] Estimates, double[] StandardErrors, double LogLikelihood, double LogPosterior, int Iterations);

/// <summary>
/// Penalised maximum likelihood for a model given only as a log-likelihood function of its parameters (for models
/// whose structure the closed-form <see cref="CumulativeLogit"/> does not cover: caps, bounds, threshold-specific
/// shifts). Gaussian priors are the penalty, centred on the values the fit replaces. Newton's method on
/// central finite differences (gradient and Hessian), with a ridge when the Hessian is not negative definite
/// (MathNet Cholesky) and step halving that keeps the objective rising. Deterministic: it starts at the prior
/// centres, uses fixed step sizes and no randomness; the log-likelihood must itself be deterministic.
/// </summary>
public static class PenalisedLikelihood
{
    public static PenalisedFit Maximise(Func<double[], double> logLikelihood, Prior[] priors, int maxIterations = 100, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(logLikelihood);
        var n = priors.Length;
        foreach (var p in priors)
            if (!(p.Sd > 0)) throw new ArgumentException("every prior needs a positive sd", nameof(priors));
        double Objective(double[] t)
        {
            var value = logLikelihood(t);
            for (var i = 0; i < n; i++)
            {
                var z = (t[i] - priors[i].Centre) / priors[i].Sd;
                value -= 0.5 * z * z;
            }
            return double.IsNaN(value) ? double.NegativeInfinity : value;
        }

        var theta = priors.Select(p => p.Centre).ToArray();
        var objective = Objective(theta);
        if (double.IsNegativeInfinity(objective)) throw new ArgumentException("the log-likelihood is not finite at the prior centres");
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var (gradient, hessian) = Derivatives(Objective, theta);
            var step = Step(hessian, gradient);
            var scale = 1.0;
            double[] candidate;
            double value;
            while (true)
            {
                candidate = new double[n];
                for (var i = 0; i < n; i++) candidate[i] = theta[i] + scale * step[i];
                value = Objective(candidate);
                if (value >= objective || scale < 1e-8) break;
                scale /= 2;
            }
            if (value < objective) break; // no step improves: at the optimum (to the differences' precision)
            var moved = 0.0;
            for (var i = 0; i < n; i++) moved = Math.Max(moved, Math.Abs(candidate[i] - theta[i]));
            var gain = value - objective;
            theta = candidate;
            objective = value;
            if (moved < tolerance || gain < 1e-10) { iterations++; break; }
        }

        var (_, h) = Derivatives(Objective, theta);
        var se = Enumerable.Repeat(double.NaN, n).ToArray();
        try
        {
            var covariance = (-h).Cholesky().Solve(Matrix<double>.Build.DenseIdentity(n));
            for (var i = 0; i < n; i++) se[i] = Math.Sqrt(covariance[i, i]);
        }
        catch (ArgumentException)
        {
            // not positive definite at the optimum (a kink of the model): no standard errors, said as NaN
        }
        return new PenalisedFit(theta, se, logLikelihood(theta), objective, iterations);
    }

    /// <summary>Central differences: gradient, and Hessian from second differences (h = 1e-4 · max(1, |θ|)).</summary>
    private static (double[] Gradient, Matrix<double> Hessian) Derivatives(Func<double[], double> f, double[] theta)
    {
        var n = theta.Length;
        var h = theta.Select(t => 1e-4 * Math.Max(1, Math.Abs(t))).ToArray();
        var f0 = f(theta);
        var gradient = new double[n];
        var plus = new double[n];
        var minus = new double[n];
        var x = (double[])theta.Clone();
        for (var i = 0; i < n; i++)
        {
            x[i] = theta[i] + h[i]; plus[i] = f(x);
            x[i] = theta[i] - h[i]; minus[i] = f(x);
            x[i] = theta[i];
            gradient[i] = (plus[i] - minus[i]) / (2 * h[i]);
        }
        var hessian = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            hessian[i, i] = (plus[i] - 2 * f0 + minus[i]) / (h[i] * h[i]);
            for (var j = i + 1; j < n; j++)
            {
                x[i] = theta[i] + h[i]; x[j] = theta[j] + h[j]; var pp = f(x);
                x[j] = theta[j] - h[j]; var pm = f(x);
                x[i] = theta[i] - h[i]; var mm = f(x);
                x[j] = theta[j] + h[j]; var mp = f(x);
                x[i] = theta[i]; x[j] = theta[j];
                hessian[i, j] = hessian[j, i] = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
            }
        }
        return (gradient, hessian);
    }

    /// <summary>Newton step on the concave objective, (−H + ridge·I) δ = g; the ridge grows until Cholesky succeeds.</summary>
    private static double[] Step(Matrix<double> hessian, double[] gradient)
    {
        var g = Vector<double>.Build.DenseOfArray(gradient);
        var negative = -hessian;
        for (var ridge = 0.0; ; ridge = ridge == 0 ? 1e-6 : ridge * 10)
        {
            try
            {
                var m = ridge == 0 ? negative : negative + Matrix<double>.Build.DenseIdentity(gradient.Length) * ridge;
                return m.Cholesky().Solve(g).ToArray();
            }
            catch (ArgumentException) when (ridge < 1e12)
            {
                // not positive definite: a larger ridge (towards gradient ascent)
            }
        }
    }
}
