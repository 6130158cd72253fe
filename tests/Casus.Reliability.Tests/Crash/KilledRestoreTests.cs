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

        var random = new Random(CleanBatch.Seed);
        var db = dir.File("killed-0.db");
        int killed = 0, partial = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var ran = Stopwatch.StartNew();
            using (var process = CasusProcess.Start(db, null, "restore", backup))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(random.Next(window)))
                {
                    process.Kill();
                    killed++;
                }
                // Finished before its kill: the machine got faster than when the window was measured.
                else window = Math.Max(100, Math.Min(window, (int)(ran.ElapsedMilliseconds * 0.8)));
                process.WaitForExit();
            }
            var snapshot = DatabaseSnapshot.Read(db);
            Assert.True(snapshot.ViolationsAgainst(clean) is { Count: 0 }, $"round {round}: " + string.Join("; ", snapshot.ViolationsAgainst(clean).Take(5)));
            if (snapshot.Documents.Count is > 0 and < Documents) partial++;
            if (snapshot.Documents.Count == Documents) db = dir.File($"killed-{round}.db");
        }
        output.WriteLine($"{Rounds} rounds in a {window} ms window: {killed} killed, {partial} left a partial restore");
        Assert.True(partial >= Rounds / 5, $"only {partial} kills left a partial restore; kills are not landing mid-restore");

        Assert.Equal(0, CasusProcess.Run(db, "restore", backup).ExitCode);
        var final = DatabaseSnapshot.Read(db);
        Assert.Empty(final.ViolationsAgainst(clean));
        Assert.Equal((clean.Documents.Count, clean.TieClaims, clean.StateClaims), (final.Documents.Count, final.TieClaims, final.StateClaims));
    }
}
