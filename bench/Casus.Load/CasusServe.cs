using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Casus.Load;

/// <summary>The real <c>casus serve</c> as a child process (through the launcher, which execs dotnet, so the PID is the server's).</summary>
public sealed class CasusServe : IDisposable
{
    private readonly Process _process;

    private CasusServe(Process process, int port, string token)
    {
        _process = process;
        Port = port;
        Token = token;
    }

    public int Port { get; }

    /// <summary>The bearer token writes send (a token makes the server check it, as off loopback).</summary>
    public string Token { get; }

    public int Pid => _process.Id;

    public static async Task<CasusServe> Start(string casus, string db)
    {
        var port = FreePort();
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var info = new ProcessStartInfo(casus) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--db", db, "serve", "--urls", $"http://127.0.0.1:{port}", "--token", token }) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start casus serve");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line && !line.Contains("serving", StringComparison.Ordinal)) Console.Error.WriteLine("  serve: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"casus serve exited with {process.ExitCode}");
            try
            {
                using var r = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/api/info"));
                if (r.IsSuccessStatusCode) return new CasusServe(process, port, token);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        process.Kill(true);
        throw new TimeoutException("casus serve did not answer /api/info within 5 minutes");
    }

    /// <summary>Resident and peak resident memory of the server, MB (VmRSS and VmHWM from /proc).</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line) / 1024.0;
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kb(line) / 1024.0;
        }
        return (rss, peak);
        static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) _process.Kill(true);
        _process.WaitForExit();
        _process.Dispose();
    }

    /// <summary>Runs <c>casus ARGS</c> to completion (seeding); throws with its stderr when it fails.</summary>
    public static void Run(string casus, params string[] args)
    {
        var info = new ProcessStartInfo(casus) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"casus {string.Join(' ', args)} exited {p.ExitCode}: {err.Result.Trim()}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
