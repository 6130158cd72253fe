using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason.Questions;

/// <summary>A factor of the verdict and the distribution without it.</summary>
public sealed record FactorWeight(Factor Factor, IReadOnlyList<double> Without)
{
    public double ExpectedWithout => VerdictQuestion.Expected(Without);
}

/// <summary>A cited sentence and the actor's distribution had it never been reported (every claim and state read from it removed).</summary>
public sealed record ClaimWeight(Evidence Evidence, IReadOnlyList<string> Factors, int ClaimsRemoved, IReadOnlyList<double> Without)
{
    public double ExpectedWithout => VerdictQuestion.Expected(Without);
}

/// <summary>
/// "Why this verdict, and what would change it": the factors and the cited sentences that move an
/// actor's expected level most (the distribution without each, largest change first), and how much of
/// the verdict rests on the prior rather than on evidence. Pure: it only re-runs the engine on the same
/// knowledge with one factor or one sentence taken out.
/// </summary>
/// <param name="EvidenceShare">Total-variation distance between the prior and the verdict: the share of the
/// probability the evidence moved away from where the prior put it (0: the verdict is the prior).</param>
/// <param name="ClaimsCited">How many distinct sentences the verdict cites; <see cref="Claims"/> tries at most the
/// <c>maxClaims</c> cited by its strongest factors.</param>
public sealed record VerdictQuestion(
    ActorId Actor, IReadOnlyList<double> Probabilities, IReadOnlyList<double> Prior, double EvidenceShare,
    IReadOnlyList<FactorWeight> Factors, IReadOnlyList<ClaimWeight> Claims, int ClaimsCited)
{
    public double Expected() => Expected(Probabilities);

    /// <param name="combine">A fitted verdict model over the engine's factor terms (null: the engine's own ladder);
    /// see <see cref="ScenarioEngine.WithoutEachFactor"/>.</param>
    public static VerdictQuestion Ask(ScenarioEngine engine, KnowledgeBase knowledge, Scenario scenario, ActorId actor, int maxClaims = 12,
        Func<IReadOnlyList<Model.FactorTerm>?, IReadOnlyList<double>>? combine = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var base_ = engine.WithoutEachFactor(knowledge, scenario, actor, combine);
        var factors = base_.Factors.Select((f, i) => new FactorWeight(f, base_.WithoutEach[i]))
            .OrderByDescending(f => Math.Abs(f.ExpectedWithout - Expected(base_.Full)))
            .ThenBy(f => f.Factor.Name, StringComparer.Ordinal)
            .ToList();
        // Each sentence once, tried in the order of the strongest factor citing it.
        var cited = new List<(Evidence Evidence, List<string> Factors)>();
        foreach (var f in base_.Factors.OrderByDescending(f => Math.Abs(f.Effect)).ThenBy(f => f.Name, StringComparer.Ordinal))
            foreach (var e in f.Evidence)
            {
                var hit = cited.FindIndex(c => Same(c.Evidence, e));
                if (hit < 0) cited.Add((e, [f.Name]));
                else if (!cited[hit].Factors.Contains(f.Name)) cited[hit].Factors.Add(f.Name);
            }
        var claims = new List<ClaimWeight>();
        foreach (var (evidence, names) in cited.Take(maxClaims))
        {
            var keptClaims = knowledge.Claims.Where(c => !Same(c.Evidence, evidence)).ToList();
            var removed = knowledge.Claims.Count - keptClaims.Count;
            var without = new KnowledgeBase(knowledge.Actors, keptClaims, knowledge.States.Where(s => !Same(s.Evidence, evidence)));
            claims.Add(new ClaimWeight(evidence, names, removed, engine.WithoutEachFactor(without, scenario, actor, combine).Full));
        }
        var full = Expected(base_.Full);
        claims = claims.OrderByDescending(c => Math.Abs(c.ExpectedWithout - full)).ToList();
        var share = 0.5 * base_.Full.Zip(base_.Prior, (a, b) => Math.Abs(a - b)).Sum();
        return new VerdictQuestion(actor, base_.Full, base_.Prior, share, factors, claims, cited.Count);
    }

    /// <summary>One sentence of one document: the same evidence even when two claims carry separate copies of it.</summary>
    private static bool Same(Evidence a, Evidence b) =>
        a.DocumentId == b.DocumentId && a.Start == b.Start && a.End == b.End && a.Sentence == b.Sentence;

    public static double Expected(IReadOnlyList<double> p)
    {
        var sum = 0.0;
        for (var k = 0; k < p.Count; k++) sum += p[k] * k;
        return sum;
    }
}
