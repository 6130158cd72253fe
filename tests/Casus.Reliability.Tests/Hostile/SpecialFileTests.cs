using System.Diagnostics;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// Issue 16: <c>ingest /dev/zero</c> grew to 4 GB and died (the rest of the batch lost) and a FIFO hung
/// forever. Only regular files are read: each special file is one line, and the batch goes on.
/// </summary>
public sealed class SpecialFileTests(BaseDatabase baseDb) : IClassFixture<BaseDatabase>
{
    [Fact]
    public void Dev_zero_named_directly_is_one_line_and_exit_one()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        var before = CasusProcess.FileHash(db);
        var watch = Stopwatch.StartNew();
        var run = CasusProcess.Run(db, "ingest", "/dev/zero");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("/dev/zero", line);
        Assert.Contains("not a regular file", line);
        Assert.Equal(before, CasusProcess.FileHash(db));
    }

    [Fact]
    public void Symlink_to_dev_zero_and_a_fifo_in_a_folder_are_refused_and_the_batch_goes_on()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        var count = BaseDatabase.Documents(db).Count;
        var folder = Path.Combine(dir.Path, "batch");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder, "dangling.txt"), Path.Combine(folder, "gone.txt"));
        MakeFifo(Path.Combine(folder, "pipe.txt"));
        File.WriteAllText(Path.Combine(folder, "good.txt"), "date 2025-01-02 Russia signed a treaty with Iran in the fictional city of Orlesk.");

        var run = CasusProcess.Run(db, "ingest", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.StderrLines.Length);
        Assert.Single(run.StderrLines, l => l.Contains("zero.txt") && l.Contains("character device"));
        Assert.Single(run.StderrLines, l => l.Contains("pipe.txt") && l.Contains("FIFO"));
        Assert.Single(run.StderrLines, l => l.Contains("dangling.txt") && l.Contains("missing"));
        Assert.Equal(count + 1, BaseDatabase.Documents(db).Count);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
