using Casus.Testing;

namespace Casus.Cli.Tests.Commands;

/// <summary>
/// At a terminal a one-line error is just that line. .NET's console stream initialises the terminal on its first
/// write and sends the keypad-transmit sequence (ESC[?1h ESC=) ahead of it, so the error used to arrive as
/// "ESC[?1hESC=casus: …" in a transcript (and in anything reading the terminal).
/// </summary>
public sealed class TerminalErrorLineTests
{
    [Theory]
    [InlineData("ties", "Nobody-At-All")]
    [InlineData("ties", "--no-such-flag")]
    [InlineData("scenario", "--as-of", "2025-02-30")]
    public void A_one_line_error_at_a_terminal_is_just_the_line(params string[] args)
    {
        using var dir = new TempDir();
        var run = TerminalProcess.Run(Path.Combine(dir.Path, "casus.db"), args);
        Assert.NotEqual(0, run.ExitCode);
        var transcript = run.Stdout + run.Stderr;
        var line = Assert.Single(transcript.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r');
        Assert.StartsWith("casus: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', line);
    }
}
