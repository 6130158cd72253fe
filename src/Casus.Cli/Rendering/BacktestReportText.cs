using System.Globalization;
using System.Text;
using Casus.Pipeline.Backtest;

namespace Casus.Cli.Rendering;

/// <summary>The plain-text report of <c>casus eval scenarios</c>: one table per case, then the means.
/// Fixed-width text rather than a Spectre table, so scripts and diffs read it line by line.</summary>
public static class BacktestReportText
{
    public static string Render(BacktestReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"scenario backtest: {report.Cases.Count} cases, {report.ActorCount} actors scored ({report.NoVerdictCount} with no verdict, scored as P(0)=1); RPS, lower is better"));
        foreach (var score in report.Cases)
        {
            var c = score.Case;
            text.AppendLine();
            text.AppendLine(Invariant($"case {c.Name} ({c.Origin}): {c.Target} attacked by {string.Join(", ", c.Attackers)}{(c.Joiners.Count > 0 ? " joined by " + string.Join(", ", c.Joiners) : "")}, as of {c.AsOf:yyyy-MM-dd}"));
            text.AppendLine(Invariant($"  knowledge {score.Knowledge}: {score.ClaimsUsed} claims used, {score.Withheld.Count} withheld as published after the date or undated; {score.UnscoredVerdicts} other verdicts not scored"));
            text.AppendLine(Invariant($"  {"actor",-22} {"P0",5} {"P1",5} {"P2",5} {"P3",5} {"P4",5} {"P5",5}  likely  seen  {"RPS",5}  {"unif",5}  {"base",5}"));
            foreach (var a in score.Actors)
            {
                var forecast = a.HasVerdict ? string.Join(" ", a.Probabilities.Select(p => Invariant($"{p,5:F2}"))) : $"{"no verdict",-35}";
                text.AppendLine(Invariant($"  {Fit(a.ActorName, 22),-22} {forecast}  {a.MostLikely,6}  {a.Outcome.Level,4}  {a.Rps,5:F3}  {a.UniformRps,5:F3}  {a.BaseRateRps,5:F3}"));
            }
            text.AppendLine(Invariant($"  {"mean",-22} {"",35}  {"",6}  {"",4}  {score.MeanRps,5:F3}  {score.MeanUniformRps,5:F3}  {score.MeanBaseRateRps,5:F3}"));
        }
        text.AppendLine();
        text.AppendLine(Invariant($"overall mean RPS over {report.ActorCount} actors: casus {report.MeanRps:F3}, uniform {report.MeanUniformRps:F3}, base rate {report.MeanBaseRateRps:F3} (leave-one-case-out)"));
        return text.ToString();
    }

    private static string Fit(string name, int width) => name.Length <= width ? name : name[..(width - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
