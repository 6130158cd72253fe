using Casus.Core.Scenarios;

namespace Casus.Pipeline.Backtest;

/// <summary>One scored actor of a case: Casus's forecast and the two baselines', against the observed level.</summary>
/// <param name="HasVerdict">False when the engine said nothing about the actor; it is then scored as P(0) = 1.</param>
/// <param name="BaseRate">The base-rate forecast used for this actor (leave-one-case-out, see <see cref="BaseRateForecast"/>).</param>
public sealed record ActorScore(
    string ActorId,
    string ActorName,
    IReadOnlyList<double> Probabilities,
    bool HasVerdict,
    ObservedOutcome Outcome,
    IReadOnlyList<double> BaseRate,
    double Rps,
    double UniformRps,
    double BaseRateRps)
{
    /// <summary>The most likely level (the lowest on a tie, as the engine's verdicts do).</summary>
    public int MostLikely => Probabilities.Select((p, i) => (p, i)).MaxBy(x => x.p).i;
}

/// <summary>A case's scores, the engine's full result, and how much knowledge the date filter kept and withheld.</summary>
/// <param name="UsedStarter">Whether the starter knowledge base was in (the case file, or --starter/--no-starter).</param>
/// <param name="ClaimsUsed">Claims (ties and states) the engine saw.</param>
/// <param name="Withheld">Claims that hold on the as-of date but come from documents dated later
/// (or undated): knowledge of the past learnt after the fact, which a backtest must not see.</param>
/// <param name="UnscoredVerdicts">Verdicts for actors the case file gives no outcome for.</param>
public sealed record CaseScore(
    BacktestCase Case,
    ScenarioResult Result,
    bool UsedStarter,
    int ClaimsUsed,
    IReadOnlyList<string> Withheld,
    IReadOnlyList<ActorScore> Actors,
    int UnscoredVerdicts)
{
    public Scenario Scenario => Result.Scenario;

    /// <summary>The knowledge actually used, e.g. "starter+dev".</summary>
    public string Knowledge => string.Join("+", (UsedStarter ? new[] { BacktestCase.Starter } : []).Concat(Case.Corpora));

    public double MeanRps => Actors.Average(a => a.Rps);
    public double MeanUniformRps => Actors.Average(a => a.UniformRps);
    public double MeanBaseRateRps => Actors.Average(a => a.BaseRateRps);
}

/// <summary>Every case, and the means over all scored actors (each actor weighs the same).</summary>
public sealed record BacktestReport(IReadOnlyList<CaseScore> Cases)
{
    public IEnumerable<ActorScore> AllActors => Cases.SelectMany(c => c.Actors);
    public int ActorCount => AllActors.Count();
    public int NoVerdictCount => AllActors.Count(a => !a.HasVerdict);
    public double MeanRps => AllActors.Average(a => a.Rps);
    public double MeanUniformRps => AllActors.Average(a => a.UniformRps);
    public double MeanBaseRateRps => AllActors.Average(a => a.BaseRateRps);
}
