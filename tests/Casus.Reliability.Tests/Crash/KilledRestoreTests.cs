using System.Diagnostics;
using Casus.Reliability.Tests.Backup;
using Casus.Reliability.Tests.Batch;
using Casus.Store;
using Casus.Testing;
using Xunit.Abstractions;

namespace Casus.Reliability.Tests.Crash;

/// <summary>
/// The import side of crash safety: <c>casus restore</c> of a backup whose documents each carry
/// several tie and state claims is SIGKILLed at seeded random moments. After every kill each stored
/// document has exactly the claims a clean restore gives it; re-running the restore completes it.
/// </summary>
public sealed class KilledRestoreTests(ITestOutputHelper output)
{
    private const int Rounds = 20;
    private const int Documents = 400;

    [Fact]
    public void Killed_restore_leaves_only_whole_documents_and_a_rerun_completes_it()
    {
        using var dir = new TempDir();
        var source = dir.File("source.db");
        using (var store = StoreLocation.Open(source, out _)) RichStore.Fill(store, Documents);
        var backup = dir.File("backup.jsonl");
        Assert.Equal(0, CasusProcess.Run(source, "backup", backup).ExitCode);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, CasusProcess.Run(dir.File("clean.db"), "restore", backup).ExitCode);
        var window = Math.Max(300, (int)clock.ElapsedMilliseconds);
        var clean = DatabaseSnapshot.Read(dir.File("clean.db"));
        Assert.Equal(Documents, clean.Documents.Count);
        Assert.True(clean.TieClaims >= Documents && clean.StateClaims >= Documents, "the backup must carry claims for the check to mean anything");

        // The same adaptive kill loop as ingest: its start moves past process start-up when kills
        // land before anything is restored, which a loaded machine otherwise turns into flakiness.
        var next = 0;
        var result = KillLoop.Run(Rounds, CleanBatch.Seed, window, clean, () => dir.File($"killed-{next++}.db"), DatabaseSnapshot.Read, "restore", backup);
        output.WriteLine($"{Rounds} rounds in a {window} ms window: {result.Killed} killed, {result.Partial} left a partial restore");
        Assert.True(result.Partial >= Rounds / 5, $"only {result.Partial} kills left a partial restore; kills are not landing mid-restore");

        var db = result.LastDatabase;
        Assert.Equal(0, CasusProcess.Run(db, "restore", backup).ExitCode);
        var final = DatabaseSnapshot.Read(db);
        Assert.Empty(final.ViolationsAgainst(clean));
        Assert.Equal((clean.Documents.Count, clean.TieClaims, clean.StateClaims), (final.Documents.Count, final.TieClaims, final.StateClaims));
    }
}
