using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>`casus fit` as a user runs it: the shipped data give the shipped weights file, byte for byte.</summary>
public sealed class FitCommandTests
{
    [Fact]
    public void Casus_fit_writes_the_shipped_weights_file_byte_for_byte()
    {
        var db = Path.Combine(Path.GetTempPath(), $"casus-fit-{Guid.NewGuid():N}.db");
        var output = Path.Combine(Path.GetTempPath(), $"casus-fit-{Guid.NewGuid():N}.tsv");
        try
        {
            var run = CasusProcess.Run(db, "fit", "--out", output);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Contains("Newton iterations", run.Stderr, StringComparison.Ordinal);
            var shipped = File.ReadAllBytes(Path.Combine(SharedCorpus.RepoRoot, "data", "reasoning", "structural.tsv"));
            Assert.Equal(shipped, File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
            File.Delete(db);
        }
    }

    [Fact]
    public void Casus_fit_verdicts_writes_the_shipped_verdict_model_byte_for_byte_from_the_tuning_fold()
    {
        var db = Path.Combine(Path.GetTempPath(), $"casus-fitv-{Guid.NewGuid():N}.db");
        var output = Path.Combine(Path.GetTempPath(), $"casus-fitv-{Guid.NewGuid():N}.tsv");
        try
        {
            var run = CasusProcess.Run(db, "fit", "verdicts", "--cases", Path.Combine(SharedCorpus.RepoRoot, "eval", "backtest"),
                "--corpus", SharedCorpus.SeedDir, SharedCorpus.DevDir, "--out", output);
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Contains("22 crises", run.Stderr, StringComparison.Ordinal); // the tuning fold only: the 8 test cases are never read
            var shipped = File.ReadAllBytes(Path.Combine(SharedCorpus.RepoRoot, "data", "reasoning", "verdict.tsv"));
            Assert.Equal(shipped, File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
            File.Delete(db);
        }
    }
}
