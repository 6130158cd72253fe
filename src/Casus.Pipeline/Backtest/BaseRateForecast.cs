using Casus.Core.Scenarios;

namespace Casus.Pipeline.Backtest;

/// <summary>
/// The two forecasts Casus must beat to be worth reading. <b>Uniform</b>: 1/6 on every level.
/// <b>Base rate</b>: how often each level was observed among the actors of all <i>other</i> cases
/// (leave one case out, so a case's own outcomes never inform its baseline, and actors of one war
/// — which move together — do not vouch for each other), with one pseudo-count per level so no
/// level is ever ruled out.
/// </summary>
public static class BaseRateForecast
{
    public const double PseudoCount = 1.0;

    public static IReadOnlyList<double> Uniform { get; } = Enumerable.Repeat(1.0 / Ladder.Levels, Ladder.Levels).ToArray();

    /// <summary>The base-rate forecast for actors of <paramref name="caseIndex"/>, given every case's observed levels.</summary>
    public static IReadOnlyList<double> LeaveOneCaseOut(IReadOnlyList<IReadOnlyList<int>> observedByCase, int caseIndex)
    {
        var counts = Enumerable.Repeat(PseudoCount, Ladder.Levels).ToArray();
        for (var i = 0; i < observedByCase.Count; i++)
        {
            if (i == caseIndex) continue;
            foreach (var level in observedByCase[i]) counts[level]++;
        }
        var total = counts.Sum();
        return counts.Select(c => c / total).ToArray();
    }

    /// <summary>A verdict of certain inaction: how an actor the engine is silent about is scored.</summary>
    public static IReadOnlyList<double> NoVerdict { get; } = [1, 0, 0, 0, 0, 0];
}
