using Casus.Reliability.Tests.Batch;
using Casus.Testing;

namespace Casus.Reliability.Tests.Crash;

/// <summary>What a run of kill-and-restart rounds did.</summary>
public sealed record KillLoopResult(string LastDatabase, int Killed, int Partial, int Completed);

/// <summary>
/// Rounds of: start the real CLI, SIGKILL it after a seeded random delay, read the database and
/// check it against the clean expectation. Each round restarts on the same database (so each is a
/// restart test too) until one finishes the work before its kill; the next round then starts a new
/// database so later kills still land mid-work. The kill window starts at the clean run's duration
/// and adapts, because the machine's load changes during a test run and start-up costs differ by
/// backend: its end moves down when a run finishes before its kill, and its start moves up when a
/// kill on a fresh database came before anything was stored; it grows when even a kill near its end
/// stored nothing (the machine got slower). Only runs over a whole batch shrink it.
/// </summary>
public static class KillLoop
{
    public static KillLoopResult Run(int rounds, int seed, int windowMs, DatabaseSnapshot clean,
        Func<string> newDatabase, Func<string, DatabaseSnapshot> read, params string[] args)
    {
        var random = new Random(seed);
        var db = newDatabase();
        var lowMs = 0;
        int killed = 0, partial = 0, completed = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var delayMs = lowMs + random.Next(Math.Max(1, windowMs - lowMs));
            var fresh = read(db).Documents.Count == 0;
            var (wasKilled, ranMs) = KillAfter(db, delayMs, args);
            if (wasKilled) killed++;
            // Only a run over the whole batch says how long the batch takes: a restart that finishes the
            // last few documents of a partial database is quick, and shrinking the window to it would put
            // every later kill on a fresh database before its first document.
            else if (fresh) windowMs = Math.Max(lowMs + 100, Math.Min(windowMs, (int)(ranMs * 0.8)));
            var snapshot = read(db);
            if (wasKilled && snapshot.Documents.Count == 0)
            {
                // Killed before anything was stored: later kills start no earlier. A kill in the window's top
                // quarter that still stored nothing means the machine is slower now than when it was timed
                // (another test project started): the window grows instead of pinning every kill at start-up.
                if (fresh && delayMs >= windowMs * 3 / 4) windowMs = delayMs * 2;
                lowMs = Math.Min(delayMs, windowMs * 3 / 4);
            }
            var problems = snapshot.ViolationsAgainst(clean);
            Assert.True(problems.Count == 0, $"round {round}: " + string.Join("; ", problems.Take(5)));
            if (snapshot.Documents.Count > 0 && snapshot.Documents.Count < clean.Documents.Count) partial++;
            if (snapshot.Documents.Count == clean.Documents.Count)
            {
                completed++;
                db = newDatabase();
            }
        }
        return new KillLoopResult(db, killed, partial, completed);
    }

    /// <summary>Starts casus, SIGKILLs it after <paramref name="delayMs"/>; true when it was killed
    /// (false when it finished first), with how long it ran.</summary>
    private static (bool Killed, long RanMs) KillAfter(string db, int delayMs, string[] args)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var process = CasusProcess.Start(db, null, args);
        // Drain the pipes so a chatty child never blocks on a full buffer before the kill.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (process.WaitForExit(delayMs))
        {
            process.WaitForExit();
            return (false, clock.ElapsedMilliseconds);
        }
        process.Kill(); // SIGKILL on Unix: no finalisers, no rollback code, no flush
        process.WaitForExit();
        return (true, clock.ElapsedMilliseconds);
    }
}
