using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>Bad input of every kind: one line on stderr, a non-zero exit, and the database untouched.</summary>
public sealed class ErrorTests : IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _seeded;

    public ErrorTests(SeededDatabase seeded) => _seeded = seeded;

    [Fact]
    public void Unknown_actor_is_one_line_naming_it_and_changes_nothing()
    {
        var run = _seeded.RunUnchanged("scenario", "--target", "Narnia", "--against", "Israel");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown actor 'Narnia'", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Unknown_actor_in_ties_is_an_input_error()
    {
        var run = _seeded.RunUnchanged("ties", "Atlantis-Federation");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Atlantis-Federation", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Missing_file_is_one_line_naming_it()
    {
        var run = _seeded.RunUnchanged("ingest", "/no/such/dir/article.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/no/such/dir/article.txt", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Empty_file_is_refused_by_name()
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", "");
        var run = _seeded.RunUnchanged("ingest", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: empty document", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Binary_file_is_refused_as_binary()
    {
        using var dir = new TempDir();
        var path = dir.File("photo.txt");
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);
        var run = _seeded.RunUnchanged("ingest", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("binary", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Impossible_date_is_a_usage_error()
    {
        var run = _seeded.RunUnchanged("ties", "Iran", "--as-of", "2025-13-45");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2025-13-45", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("scenario", "0", "less than 1")]
    [InlineData("scenario", "-5", "less than 1")]
    [InlineData("scenario", "lots", "not a whole number")]
    [InlineData("brief", "0", "less than 1")]
    public void Bad_limit_is_a_usage_error_naming_the_value(string command, string value, string reason)
    {
        var run = _seeded.RunUnchanged(command, "--target", "Iran", "--against", "Israel", "--limit", value);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains($"--limit '{value}'", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "less than 1 (leave the limit out for every partner)")]
    [InlineData("-2", "less than 1")]
    [InlineData("many", "not a whole number (the number of partners to keep)")]
    public void Bad_limit_on_ties_is_a_usage_error_naming_the_value(string value, string reason)
    {
        foreach (var json in new[] { false, true })
        {
            var run = json ? _seeded.RunUnchanged("ties", "Iran", "--json", "--limit", value) : _seeded.RunUnchanged("ties", "Iran", "--limit", value);
            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.StderrLines);
            Assert.Contains($"--limit '{value}'", line, StringComparison.Ordinal);
            Assert.Contains(reason, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_flag_is_a_usage_error()
    {
        var run = _seeded.RunUnchanged("scenario", "--target", "Iran", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Unknown_flag_on_ingest_is_a_usage_error_not_a_missing_file()
    {
        var run = _seeded.RunUnchanged("ingest", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", run.Stderr);
        Assert.DoesNotContain("no such file", run.Stderr);
    }

    [Fact]
    public void Unsupported_brief_format_is_a_usage_error()
    {
        var run = _seeded.RunUnchanged("brief", "--format", "pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public void Good_file_in_a_batch_is_stored_though_another_fails()
    {
        using var db = new TempDir();
        using var dir = new TempDir();
        var good = dir.Write("good.txt", "date 2024-02-03\nFreedonia's foreign minister spoke about the harbour treaty with Sylvania.");
        var run = CasusProcess.Run(db.File("batch.db"), "ingest", dir.File("missing.txt"), good);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("missing.txt", Assert.Single(run.StderrLines));
        Assert.Contains("1 added", run.Stdout);
    }
}
