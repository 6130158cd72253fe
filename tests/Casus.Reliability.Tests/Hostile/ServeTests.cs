using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// Issue 16 on <c>casus serve</c> as a user starts it: bad ports are one line (no stack trace, no
/// exit 70); Kestrel configuration binding beyond loopback cannot slip past the token rule; a 4xx
/// answer is not logged as a failure with a stack trace.
/// </summary>
public sealed partial class ServeTests(BaseDatabase baseDb) : IClassFixture<BaseDatabase>
{
    [Theory]
    [InlineData("http://127.0.0.1:99999", "65535")]
    [InlineData("http://127.0.0.1:abc", "port")]
    [InlineData("ftp://127.0.0.1:5080", "http")]
    [InlineData("http://[::1:5080", "[")]
    public void Bad_address_is_one_line_and_a_usage_error(string urls, string named)
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(baseDb.CopyTo(dir.Path), "serve", "--urls", urls);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains(named, line);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Fact]
    public void Port_in_use_is_one_line_and_exit_one()
    {
        using var dir = new TempDir();
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var run = CasusProcess.Run(baseDb.CopyTo(dir.Path), "serve", "--urls", $"http://127.0.0.1:{port}");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("cannot listen", Assert.Single(run.StderrLines));
            Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Kestrel_configuration_binding_beyond_loopback_needs_a_token()
    {
        using var dir = new TempDir();
        var env = new Dictionary<string, string> { ["Kestrel__Endpoints__Lan__Url"] = "http://0.0.0.0:0" };
        var run = CasusProcess.Run(baseDb.CopyTo(dir.Path), env, "serve", "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("0.0.0.0", run.StderrLines[^1]);
        Assert.Contains("--token", run.StderrLines[^1]);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task Kestrel_configuration_beyond_loopback_with_a_token_says_writes_need_it()
    {
        using var dir = new TempDir();
        var env = new Dictionary<string, string> { ["Kestrel__Endpoints__Lan__Url"] = "http://0.0.0.0:0", ["CASUS_TOKEN"] = "t0ken-for-tests" };
        using var server = Served.Start(baseDb.CopyTo(dir.Path), env);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var info = await client.GetStringAsync("api/info");
        Assert.Contains("\"writes_need_token\":true", info);
        var write = await client.PostAsync("api/documents", new StringContent("<p>Russia signed a treaty with Iran.</p>", Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Fact]
    public async Task A_400_is_not_logged_as_a_failure_with_a_stack_trace()
    {
        using var dir = new TempDir();
        using var server = Served.Start(baseDb.CopyTo(dir.Path), null, "--urls", "http://127.0.0.1:0");
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("api/ties/Notacountryatall")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("api/ties/Iran?as_of=2025-99-99")).StatusCode);
        var log = server.Stop();
        Assert.DoesNotContain("fail:", log);
        Assert.DoesNotContain("   at ", log);
    }

    /// <summary>A running <c>casus serve</c>, its address read from the "serving … on URL" line.</summary>
    private sealed partial class Served : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private Served(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; private set; }

        public static Served Start(string db, IDictionary<string, string>? env, params string[] extra)
        {
            var process = CasusProcess.Start(db, env, ["serve", .. extra]);
            var served = new Served(process, new Uri("http://127.0.0.1/"));
            var ready = new TaskCompletionSource<Uri>();
            void Read(string? line)
            {
                if (line is null) { ready.TrySetException(new InvalidOperationException("serve exited: " + served.Log)); return; }
                lock (served._log) served._log.AppendLine(line);
                if (Serving().Match(line) is { Success: true } m)
                {
                    var url = m.Groups[1].Value.Split(';').First(u => u.Contains("127.0.0.1", StringComparison.Ordinal) || u.Contains("0.0.0.0", StringComparison.Ordinal) || u.Contains("[::]", StringComparison.Ordinal));
                    ready.TrySetResult(new Uri(Regex.Replace(url, @"//(0\.0\.0\.0|\[::\])", "//127.0.0.1") + "/"));
                }
            }
            process.ErrorDataReceived += (_, e) => Read(e.Data);
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (served._log) served._log.AppendLine(e.Data); };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            if (!ready.Task.Wait(TimeSpan.FromSeconds(90))) throw new TimeoutException("serve did not start: " + served.Log);
            served.Address = ready.Task.Result;
            return served;
        }

        private string Log { get { lock (_log) return _log.ToString(); } }

        public string Stop()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            return Log;
        }

        public void Dispose()
        {
            Stop();
            _process.Dispose();
        }

        [GeneratedRegex(@"serving .* on (\S+) \(Ctrl\+C")]
        private static partial Regex Serving();
    }
}
