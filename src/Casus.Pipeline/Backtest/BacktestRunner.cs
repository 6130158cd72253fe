using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.History;
using Casus.Reason;

namespace Casus.Pipeline.Backtest;

/// <summary>
/// Runs backtest cases: for each distinct knowledge set (starter or not, which corpus folders) a
/// temporary database is built and filled once; each case then sees only what had been published
/// by its as-of date (<see cref="KnownBy"/>), and every outcome is scored by RPS against Casus,
/// the uniform forecast and the base rate (<see cref="BaseRateForecast"/>).
/// </summary>
/// <param name="corpusFolders">Corpus name (a folder's own name, e.g. <c>dev</c>) → folder path.</param>
/// <param name="starter">Forces the starter knowledge base in (true) or out (false) for every case; null follows each case file.</param>
public sealed class BacktestRunner(IReadOnlyDictionary<string, string> corpusFolders, bool? starter = null, string? dataDir = null)
{
    /// <summary>What the fitted verdict model reads about every scored actor of every case (same knowledge, same
    /// published-by filter as <see cref="Run"/>), with the observed level: the data <c>casus fit</c> and
    /// <c>casus eval verdicts</c> use. Needs the outside view (a shipped structural model).</summary>
    public IReadOnlyList<VerdictOutcome> Collect(IReadOnlyList<BacktestCase> cases)
    {
        var collected = new VerdictOutcome[cases.Count][];
        foreach (var group in cases.Select((c, i) => (c, i)).GroupBy(x => KnowledgeKey(x.c)))
        {
            using var temp = new TemporaryDatabase();
            using var workspace = CasusWorkspace.Open(new WorkspaceOptions(temp.Path, UsesStarter(group.First().c), dataDir));
            if (workspace.Engine is not OutsideViewEngine engine)
                throw new InputException("the verdict model needs history's outside view: data/reasoning/structural.tsv is missing (run `casus fit` for the structural model first)");
            foreach (var corpus in group.First().c.Corpora.Distinct(StringComparer.OrdinalIgnoreCase)) Fill(workspace, corpus, group.First().c);
            foreach (var (@case, index) in group)
            {
                var scenario = Resolve(workspace, @case);
                var known = KnownBy.Filter(workspace.Knowledge(@case.AsOf), @case.AsOf, out _);
                var ids = @case.Outcomes.Select(o => Resolve(workspace, @case, o.Actor, o.Line)).ToArray();
                var inputs = engine.Inputs(known, scenario, ids);
                collected[index] = @case.Outcomes.Select((o, k) => new VerdictOutcome(@case.Name, @case.AsOf, ids[k].Value, o.Level, inputs[k])).ToArray();
            }
        }
        return collected.SelectMany(c => c).ToArray();
    }

    public BacktestReport Run(IReadOnlyList<BacktestCase> cases)
    {
        var runs = new CaseRun[cases.Count];
        foreach (var group in cases.Select((c, i) => (c, i)).GroupBy(x => KnowledgeKey(x.c)))
        {
            using var temp = new TemporaryDatabase();
            using var workspace = CasusWorkspace.Open(new WorkspaceOptions(temp.Path, UsesStarter(group.First().c), dataDir));
            foreach (var corpus in group.First().c.Corpora.Distinct(StringComparer.OrdinalIgnoreCase)) Fill(workspace, corpus, group.First().c);
            foreach (var (@case, index) in group)
            {
                var scenario = Resolve(workspace, @case);
                var known = KnownBy.Filter(workspace.Knowledge(@case.AsOf), @case.AsOf, out var withheld);
                var scored = @case.Outcomes.Select(o => (o, Resolve(workspace, @case, o.Actor, o.Line))).ToList();
                var result = workspace.RunScenario(scenario, known);
                // A scored actor is one the analyst asks about: with a fitted verdict model it has a verdict whether or not
                // a tie lists it (the model on what is known of it), so "no verdict" is not scored as certain inaction.
                if (workspace.Engine is OutsideViewEngine { Model: not null } engine)
                {
                    var listed = result.Verdicts.Select(v => v.Actor).ToHashSet();
                    var asked = scored.Where(s => !listed.Contains(s.Item2)).Select(s => s.Item2).Distinct()
                        .Select(id => engine.JudgeActor(known, scenario, id, known.NameOf(id))).OfType<Verdict>().ToArray();
                    if (asked.Length > 0) result = result with { Verdicts = result.Verdicts.Concat(asked).ToArray() };
                }
                runs[index] = new CaseRun(@case, UsesStarter(@case), result, known, withheld, scored);
            }
        }

        IReadOnlyList<IReadOnlyList<int>> observed = runs.Select(r => (IReadOnlyList<int>)r.Case.Outcomes.Select(o => o.Level).ToList()).ToList();
        var scores = new List<CaseScore>();
        for (var i = 0; i < runs.Length; i++)
        {
            var run = runs[i];
            var baseRate = BaseRateForecast.LeaveOneCaseOut(observed, i);
            var actors = run.Scored.Select(s => Score(run.Result, s.Id, run.Known.NameOf(s.Id), s.Outcome, baseRate)).ToList();
            var scoredIds = run.Scored.Select(s => s.Id).ToHashSet();
            scores.Add(new CaseScore(run.Case, run.Result, run.Starter, run.Known.Claims.Count + run.Known.States.Count, run.Withheld, actors, run.Result.Verdicts.Count(v => !scoredIds.Contains(v.Actor))));
        }
        return new BacktestReport(scores);
    }

    /// <summary>One case evaluated, before the baselines (which need every case's outcomes) are known.</summary>
    private sealed record CaseRun(BacktestCase Case, bool Starter, ScenarioResult Result, KnowledgeBase Known,
        IReadOnlyList<string> Withheld, List<(ObservedOutcome Outcome, ActorId Id)> Scored);

    private static ActorScore Score(ScenarioResult result, ActorId id, string name, ObservedOutcome outcome, IReadOnlyList<double> baseRate)
    {
        var verdict = result.Verdicts.FirstOrDefault(v => v.Actor == id);
        var forecast = verdict?.Probabilities ?? BaseRateForecast.NoVerdict;
        return new ActorScore(id.Value, verdict?.ActorName ?? name, forecast, verdict is not null, outcome, baseRate,
            RankedProbabilityScore.Compute(forecast, outcome.Level),
            RankedProbabilityScore.Compute(BaseRateForecast.Uniform, outcome.Level),
            RankedProbabilityScore.Compute(baseRate, outcome.Level));
    }

    private bool UsesStarter(BacktestCase c) => starter ?? c.UsesStarter;

    private string KnowledgeKey(BacktestCase c) =>
        (UsesStarter(c) ? "starter+" : "") + string.Join('+', c.Corpora.Select(k => k.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));

    private void Fill(CasusWorkspace workspace, string corpus, BacktestCase c)
    {
        if (!corpusFolders.TryGetValue(corpus, out var folder))
            throw new InputException($"case file {c.Origin}: knowledge '{corpus}' is neither 'starter' nor a corpus folder given ({(corpusFolders.Count == 0 ? "none; pass --corpus" : string.Join(", ", corpusFolders.Keys))})");
        // The folder itself, not its files: ingest skips a corpus's own notes (README, EXPECTED.md),
        // and EXPECTED.md states the very verdicts a backtest must not be told.
        var report = workspace.Ingest([folder]);
        if (report.Items.FirstOrDefault(i => i.Status == IngestStatus.Failed) is { } failed)
            throw new InputException($"corpus '{corpus}': {failed.Origin} could not be read: {failed.Error}");
    }

    private static Scenario Resolve(CasusWorkspace workspace, BacktestCase c)
    {
        var target = Resolve(workspace, c, c.Target, null);
        var attackers = c.Attackers.Select(a => Resolve(workspace, c, a, null)).Distinct().ToList();
        var joiners = c.Joiners.Select(j => Resolve(workspace, c, j, null)).Distinct().Except(attackers).ToList();
        if (attackers.Contains(target) || joiners.Contains(target))
            throw new InputException($"case file {c.Origin}: the target '{c.Target}' is also on the attacking side");
        return new Scenario(target, attackers, joiners, c.AsOf);
    }

    private static ActorId Resolve(CasusWorkspace workspace, BacktestCase c, string name, int? line)
    {
        try
        {
            return workspace.ResolveActor(name).Id;
        }
        catch (InputException e)
        {
            throw new InputException($"case file {c.Origin}{(line is null ? "" : ":" + line)}: {e.Message}");
        }
    }
}
