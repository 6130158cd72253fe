using System.Diagnostics;
using System.Security.Cryptography;

namespace Casus.Testing;

/// <summary>What one run of the real <c>casus</c> executable did.</summary>
public sealed record CasusRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Runs the built <c>casus</c> as a child process (<c>dotnet casus.dll …</c>), the way a user
/// does, with its own database and no stdin. Used by CLI and crash-safety tests.
/// </summary>
public static class CasusProcess
{
    private static readonly Lazy<string> Dll = new(FindDll);

    public static string DllPath => Dll.Value;

    public static CasusRun Run(string db, params string[] args) => Run(db, null, args);

    public static CasusRun Run(string db, IDictionary<string, string>? environment, params string[] args)
    {
        var process = Start(db, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("casus " + string.Join(' ', args) + " did not finish in 2 minutes");
        }
        process.WaitForExit();
        return new CasusRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts casus without waiting (for kill-and-restart tests); the caller owns the process.</summary>
    public static Process Start(string db, IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["CASUS_DB"] = db;
        info.Environment["CASUS_NO_STARTER"] = "";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        if (environment is not null) foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        return process;
    }

    /// <summary>SHA-256 of a database file (after its writers have exited), to prove it did not change.</summary>
    public static string FileHash(string path) =>
        File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "absent";

    private static string FindDll()
    {
        // The test project references Casus.Cli, so the build copies casus.dll beside the tests;
        // otherwise take the newest build under src/Casus.Cli/bin.
        var beside = Path.Combine(AppContext.BaseDirectory, "casus.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json"))) return beside;
        var bin = Path.Combine(SharedCorpus.RepoRoot, "src", "Casus.Cli", "bin");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "casus.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
              ?? throw new FileNotFoundException("casus.dll not built under " + bin)
            : throw new DirectoryNotFoundException("build src/Casus.Cli first: " + bin + " is missing");
    }
}
