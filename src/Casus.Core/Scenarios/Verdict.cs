using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Core.Scenarios;

/// <summary>One factor's signed contribution to an actor's propensity, with what it rests on.</summary>
/// <param name="Name">commitment, interests, capability, cross_pressure, stated_intent, precedent, ...</param>
/// <param name="Effect">Signed contribution to the latent propensity (positive pushes up the ladder).</param>
/// <param name="Explanation">One readable line: why this factor has this effect.</param>
public sealed record Factor(string Name, double Effect, string Explanation, IReadOnlyList<Evidence> Evidence);

/// <summary>An actor's probability over the response ladder, and why.</summary>
/// <param name="Probabilities">Six numbers for levels 0–5, summing to 1.</param>
/// <param name="Cap">The highest level capability allows, if capped.</param>
public sealed record Verdict(
    ActorId Actor,
    string ActorName,
    IReadOnlyList<double> Probabilities,
    LadderLevel Level,
    IReadOnlyList<Factor> Factors,
    LadderLevel? Cap = null)
{
    public double ExpectedLevel => Probabilities.Select((p, i) => p * i).Sum();

    public double AtLeast(LadderLevel level) => Probabilities.Skip((int)level).Sum();
}

public sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<Verdict> Verdicts);
