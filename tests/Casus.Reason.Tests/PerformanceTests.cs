using System.Diagnostics;
using Casus.Reason.Tests.Fixtures;
using Xunit.Abstractions;

namespace Casus.Reason.Tests;

/// <summary>
/// The engine's speed target is a scenario over 10,000 actors and 1,000,000 claims in ≤ 50 ms.
/// The synthetic network has a hub target tied to almost every actor (the worst case: ~9,000
/// verdicts). Wall time on a shared machine says little, so the guard is on process CPU time,
/// set loose enough for a debug build and tight enough to catch anything quadratic (which
/// costs tens of seconds here).
/// </summary>
public sealed class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Scenario_over_ten_thousand_actors_and_a_million_claims_stays_linear()
    {
        var kb = SyntheticNetwork.Build(actors: 10_000, claims: 1_000_000);
        TestWeights.Engine.Evaluate(kb, SyntheticNetwork.Scenario); // warm-up: JIT and the per-knowledge index
        var bestCpu = double.MaxValue;
        var bestWall = double.MaxValue;
        var verdicts = 0;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < 3; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            verdicts = TestWeights.Engine.Evaluate(kb, SyntheticNetwork.Scenario).Verdicts.Count;
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        output.WriteLine($"{verdicts} verdicts: best of 3 {bestCpu:F0} ms CPU, {bestWall:F0} ms wall");
        Assert.True(verdicts > 5_000, $"the hub target should tie most actors in, got {verdicts}");
        Assert.True(bestCpu < 3_000, $"{bestCpu:F0} ms CPU for one scenario");
    }
}
