using MathNet.Numerics.LinearAlgebra;

namespace Casus.Fit;

/// <summary>
/// One observed outcome on an ordinal scale 0..K−1: the level lies in [Lo, Hi] (Lo = Hi when the data
/// pin it down; wider when a dataset cannot tell two rungs apart, e.g. "statements or diplomacy").
/// </summary>
public readonly record struct Observation(double[] Features, int Lo, int Hi);

/// <summary>A Gaussian prior (penalty) on one parameter: the literature's figure as the centre.</summary>
public readonly record struct Prior(double Centre, double Sd);

/// <summary>The fitted model: thresholds τ₀..τ_{K−2}, coefficients β, and each one's standard error
/// (square roots of the diagonal of the inverse penalised Hessian at the optimum).</summary>
public sealed record OrdinalFit(double[] Thresholds, double[] Coefficients, double[] ThresholdSe, double[] CoefficientSe,
    double LogLikelihood, double LogPosterior, int Iterations, int Observations)
{
    /// <summary>P(level = k) for k = 0..K−1: P(level ≤ k) = σ(τ_k − x·β).</summary>
    public double[] Predict(ReadOnlySpan<double> features) => CumulativeLogit.Probabilities(Thresholds, Eta(features));

    public double Eta(ReadOnlySpan<double> features)
    {
        var eta = 0.0;
        for (var j = 0; j < Coefficients.Length; j++) eta += Coefficients[j] * features[j];
        return eta;
    }
}

/// <summary>
/// Penalised maximum likelihood for the cumulative-logit model P(Y ≤ k) = σ(τ_k − x·β) with interval-censored
/// outcomes: the likelihood of "Y in [lo, hi]" is σ(τ_hi − η) − σ(τ_{lo−1} − η). The penalty is a Gaussian
/// prior per parameter. Newton's method with the analytic gradient and a Hessian from central differences of it,
/// with step halving that keeps the thresholds ordered and the objective rising. Deterministic: sums run in
/// observation order on one thread, the start is the prior centre.
/// </summary>
public static class CumulativeLogit
{
    public static OrdinalFit Fit(IReadOnlyList<Observation> data, int levels, Prior[] thresholdPriors, Prior[] coefficientPriors,
        int maxIterations = 100, double tolerance = 1e-9)
    {
        var cuts = levels - 1;
        if (thresholdPriors.Length != cuts) throw new ArgumentException($"need {cuts} threshold priors", nameof(thresholdPriors));
        var p = coefficientPriors.Length;
        var n = cuts + p;
        var theta = new double[n];
        for (var k = 0; k < cuts; k++) theta[k] = thresholdPriors[k].Centre;
        // Thresholds must start in order (flat priors may all centre on 0): then start one unit apart around the centres' mean.
        if (!Ordered(theta, cuts))
            for (var k = 0; k < cuts; k++) theta[k] = thresholdPriors.Average(t => t.Centre) + k - (cuts - 1) / 2.0;
        for (var j = 0; j < p; j++) theta[cuts + j] = coefficientPriors[j].Centre;
        var priors = thresholdPriors.Concat(coefficientPriors).ToArray();
        foreach (var o in data)
            if (o.Features.Length != p || o.Lo < 0 || o.Hi >= levels || o.Lo > o.Hi)
                throw new ArgumentException("observation does not match the model (features or interval)");

        var objective = Objective(data, theta, cuts, priors);
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var gradient = Gradient(data, theta, cuts, priors);
            var hessian = Hessian(data, theta, cuts, priors);
            // Newton step on the concave objective: solve (−H) δ = g.
            var step = NewtonStep(hessian, gradient);
            var scale = 1.0;
            double[] candidate;
            double value;
            while (true)
            {
                candidate = new double[n];
                for (var i = 0; i < n; i++) candidate[i] = theta[i] + scale * step[i];
                value = Ordered(candidate, cuts) ? Objective(data, candidate, cuts, priors) : double.NegativeInfinity;
                if (value >= objective - 1e-12 || scale < 1e-10) break;
                scale /= 2;
            }
            if (value < objective - 1e-12) break;
            var moved = 0.0;
            for (var i = 0; i < n; i++) moved = Math.Max(moved, Math.Abs(candidate[i] - theta[i]));
            theta = candidate;
            objective = value;
            if (moved < tolerance) { iterations++; break; }
        }

        var covariance = (-Hessian(data, theta, cuts, priors)).Inverse();
        var se = new double[n];
        for (var i = 0; i < n; i++) se[i] = Math.Sqrt(Math.Max(0, covariance[i, i]));
        return new OrdinalFit(theta[..cuts], theta[cuts..], se[..cuts], se[cuts..],
            LogLikelihood(data, theta, cuts), objective, iterations, data.Count);
    }

    /// <summary>Solves (−H) δ = g; far from the optimum −H may not be positive definite, and a ridge (Levenberg) is added until it is.</summary>
    private static double[] NewtonStep(Matrix<double> hessian, double[] gradient)
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
                // not positive definite yet: a larger ridge
            }
        }
    }

    /// <summary>P(level = k) for every level from the thresholds and the linear predictor.</summary>
    public static double[] Probabilities(double[] thresholds, double eta)
    {
        var p = new double[thresholds.Length + 1];
        var below = 0.0;
        for (var k = 0; k < thresholds.Length; k++)
        {
            var at = Sigmoid(thresholds[k] - eta);
            p[k] = at - below;
            below = at;
        }
        p[^1] = 1 - below;
        return p;
    }

    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    internal static double LogLikelihood(IReadOnlyList<Observation> data, double[] theta, int cuts)
    {
        var sum = 0.0;
        foreach (var o in data)
        {
            var eta = Eta(o.Features, theta, cuts);
            sum += Math.Log(Math.Max(IntervalProbability(theta, cuts, o.Lo, o.Hi, eta), 1e-300));
        }
        return sum;
    }

    internal static double Objective(IReadOnlyList<Observation> data, double[] theta, int cuts, Prior[] priors)
    {
        var sum = LogLikelihood(data, theta, cuts);
        for (var i = 0; i < theta.Length; i++)
        {
            var z = (theta[i] - priors[i].Centre) / priors[i].Sd;
            sum -= 0.5 * z * z;
        }
        return sum;
    }

    /// <summary>The analytic gradient of the penalised log-likelihood.</summary>
    internal static double[] Gradient(IReadOnlyList<Observation> data, double[] theta, int cuts, Prior[] priors)
    {
        var g = new double[theta.Length];
        foreach (var o in data)
        {
            var eta = Eta(o.Features, theta, cuts);
            var (fu, du) = o.Hi < cuts ? Cdf(theta[o.Hi] - eta) : (1.0, 0.0);
            var (fl, dl) = o.Lo > 0 ? Cdf(theta[o.Lo - 1] - eta) : (0.0, 0.0);
            var prob = Math.Max(fu - fl, 1e-300);
            if (o.Hi < cuts) g[o.Hi] += du / prob;
            if (o.Lo > 0) g[o.Lo - 1] -= dl / prob;
            var dEta = -(du - dl) / prob;
            for (var j = 0; j < o.Features.Length; j++) g[cuts + j] += dEta * o.Features[j];
        }
        for (var i = 0; i < theta.Length; i++) g[i] -= (theta[i] - priors[i].Centre) / (priors[i].Sd * priors[i].Sd);
        return g;
    }

    /// <summary>
    /// The analytic Hessian. Per observation log p = log(F(u) − F(l)) with u = τ_hi − η, l = τ_{lo−1} − η:
    /// ∂²/∂u² = f′(u)/p − f(u)²/p², ∂²/∂l² = −f′(l)/p − f(l)²/p², ∂²/∂u∂l = f(u)f(l)/p², and ∂u, ∂l are
    /// +1 on their threshold and −x on the coefficients.
    /// </summary>
    internal static Matrix<double> Hessian(IReadOnlyList<Observation> data, double[] theta, int cuts, Prior[] priors)
    {
        var n = theta.Length;
        var h = new double[n, n];
        var du = new double[n];
        var dl = new double[n];
        foreach (var o in data)
        {
            var eta = Eta(o.Features, theta, cuts);
            bool hasU = o.Hi < cuts, hasL = o.Lo > 0;
            double fu = 1, a = 0, a1 = 0, fl = 0, b = 0, b1 = 0;
            if (hasU) { fu = Sigmoid(theta[o.Hi] - eta); a = fu * (1 - fu); a1 = a * (1 - 2 * fu); }
            if (hasL) { fl = Sigmoid(theta[o.Lo - 1] - eta); b = fl * (1 - fl); b1 = b * (1 - 2 * fl); }
            var prob = Math.Max(fu - fl, 1e-300);
            var huu = a1 / prob - a * a / (prob * prob);
            var hll = -b1 / prob - b * b / (prob * prob);
            var hul = a * b / (prob * prob);
            Array.Clear(du);
            Array.Clear(dl);
            for (var j = 0; j < o.Features.Length; j++) { du[cuts + j] = -o.Features[j]; dl[cuts + j] = -o.Features[j]; }
            if (hasU) du[o.Hi] += 1;
            if (hasL) dl[o.Lo - 1] += 1;
            for (var i = 0; i < n; i++)
            {
                double ui = hasU ? du[i] : 0, li = hasL ? dl[i] : 0;
                if (ui == 0 && li == 0) continue;
                for (var j = 0; j < n; j++)
                {
                    double uj = hasU ? du[j] : 0, lj = hasL ? dl[j] : 0;
                    h[i, j] += huu * ui * uj + hll * li * lj + hul * (ui * lj + li * uj);
                }
            }
        }
        for (var i = 0; i < n; i++) h[i, i] -= 1 / (priors[i].Sd * priors[i].Sd);
        return Matrix<double>.Build.DenseOfArray(h);
    }

    /// <summary>The Hessian by central differences of the analytic gradient (symmetrised): the tests' check on the analytic one.</summary>
    internal static Matrix<double> NumericHessian(IReadOnlyList<Observation> data, double[] theta, int cuts, Prior[] priors)
    {
        var n = theta.Length;
        var h = Matrix<double>.Build.Dense(n, n);
        const double step = 1e-5;
        for (var i = 0; i < n; i++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += step;
            minus[i] -= step;
            var gp = Gradient(data, plus, cuts, priors);
            var gm = Gradient(data, minus, cuts, priors);
            for (var j = 0; j < n; j++) h[j, i] = (gp[j] - gm[j]) / (2 * step);
        }
        return (h + h.Transpose()) * 0.5;
    }

    private static double IntervalProbability(double[] theta, int cuts, int lo, int hi, double eta)
    {
        var upper = hi < cuts ? Sigmoid(theta[hi] - eta) : 1.0;
        var lower = lo > 0 ? Sigmoid(theta[lo - 1] - eta) : 0.0;
        return upper - lower;
    }

    private static (double F, double Density) Cdf(double x)
    {
        var f = Sigmoid(x);
        return (f, f * (1 - f));
    }

    private static double Eta(double[] x, double[] theta, int cuts)
    {
        var eta = 0.0;
        for (var j = 0; j < x.Length; j++) eta += theta[cuts + j] * x[j];
        return eta;
    }

    private static bool Ordered(double[] theta, int cuts)
    {
        for (var k = 1; k < cuts; k++)
            if (theta[k] <= theta[k - 1]) return false;
        return true;
    }
}
