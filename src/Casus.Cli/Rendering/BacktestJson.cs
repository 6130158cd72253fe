using System.Text.Json;
using Casus.Pipeline.Backtest;

namespace Casus.Cli.Rendering;

/// <summary>The backtest as JSON, snake_case like every Casus JSON; the numbers scripts and tests check.</summary>
public static class BacktestJson
{
    public static void Write(BacktestReport report, Stream stream)
    {
        var body = new
        {
            cases = report.Cases.Select(c => new
            {
                name = c.Case.Name,
                file = c.Case.Origin,
                scenario = new
                {
                    target = c.Scenario.Target.Value,
                    attackers = c.Scenario.Attackers.Select(a => a.Value),
                    joiners = c.Scenario.Joiners.Select(j => j.Value),
                    as_of = c.Case.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                },
                knowledge = c.Knowledge,
                claims_used = c.ClaimsUsed,
                claims_withheld = c.Withheld.Count,
                withheld = c.Withheld,
                unscored_verdicts = c.UnscoredVerdicts,
                actors = c.Actors.Select(a => new
                {
                    actor = a.ActorName,
                    actor_id = a.ActorId,
                    verdict = a.HasVerdict,
                    probabilities = a.Probabilities,
                    level = a.MostLikely,
                    observed = a.Outcome.Level,
                    rps = a.Rps,
                    rps_uniform = a.UniformRps,
                    rps_base_rate = a.BaseRateRps,
                    base_rate = a.BaseRate,
                    justification = a.Outcome.Justification,
                    source = a.Outcome.Url,
                }),
                mean_rps = c.MeanRps,
                mean_rps_uniform = c.MeanUniformRps,
                mean_rps_base_rate = c.MeanBaseRateRps,
            }),
            overall = new
            {
                actors = report.ActorCount,
                no_verdict = report.NoVerdictCount,
                mean_rps = report.MeanRps,
                mean_rps_uniform = report.MeanUniformRps,
                mean_rps_base_rate = report.MeanBaseRateRps,
            },
        };
        JsonSerializer.Serialize(stream, body, new JsonSerializerOptions { WriteIndented = true });
    }
}
