using System.Diagnostics;

namespace Casus.Testing;

/// <summary>
/// Runs the built <c>casus</c> under a pseudo-terminal (<c>script -qec … /dev/null</c>), the way a person
/// at a terminal runs it: stdout and stderr are a TTY, so Spectre draws its progress bars, live tables and
/// colours. <c>CI</c> is removed from the child's environment (casus turns progress bars off under CI), so
/// these runs exercise the terminal path on CI too. The output is stdout and stderr as the terminal saw them,
/// escape sequences included.
/// </summary>
public static class TerminalProcess
{
    public const string Script = "/usr/bin/script";

    public static CasusRun Run(string db, params string[] args) => Run(db, null, args);

    public static CasusRun Run(string db, IDictionary<string, string>? environment, params string[] args)
    {
        if (!File.Exists(Script))
            throw new InvalidOperationException("util-linux 'script' is needed to run casus under a terminal (apt-get install bsdutils)");
        var command = string.Join(' ', new[] { "dotnet", CasusProcess.DllPath }.Concat(args).Select(Quote));
        var info = new ProcessStartInfo(Script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // -q quiet, -e return the child's exit code, -c the command; the typescript goes nowhere.
        foreach (var arg in new[] { "-qec", command, "/dev/null" }) info.ArgumentList.Add(arg);
        info.Environment.Remove("CI");
        info.Environment.Remove("NO_COLOR");
        info.Environment["TERM"] = "xterm-256color";
        info.Environment["CASUS_DB"] = db;
        info.Environment["CASUS_NO_STARTER"] = "";
        if (environment is not null) foreach (var (key, value) in environment) info.Environment[key] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start script");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("casus " + string.Join(' ', args) + " under a terminal did not finish in 3 minutes");
        }
        process.WaitForExit();
        return new CasusRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>One word for <c>sh -c</c>: single-quoted, with embedded quotes closed and reopened.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''") + "'";
}
