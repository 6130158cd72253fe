using System.CommandLine;
using Casus.Core;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Casus.Cli.Commands;

/// <summary><c>casus serve [--urls URL] [--token TOKEN]</c>: the HTTP API and pages over the same database.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080; loopback only unless you say otherwise)", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var token = new Option<string?>("--token") { Description = "Bearer token required by write endpoints off loopback (default: $CASUS_TOKEN)" };
        var command = new Command("serve", "Serve the JSON API, the network explorer and the scenario builder") { urls, token };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            var options = new ServerOptions(parsed.GetValue(urls)!, parsed.GetValue(token));
            foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (UrlProblem(url) is { } problem) throw new UsageException($"--urls '{CommonOptions.Clip(url)}': {problem}");
            if (!options.LoopbackOnly && options.EffectiveToken is null)
                throw new UsageException($"--urls '{options.Urls}' is not loopback-only: give --token (or CASUS_TOKEN) so writes are protected");
            var app = CasusServer.Build(workspace, options);
            try
            {
                app.Start();
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                throw new InputException($"--urls '{CommonOptions.Clip(options.Urls)}': cannot listen ({e.Message.Split('\n')[0].TrimEnd('.')})");
            }
            // Kestrel configuration (Kestrel__Endpoints__NAME__Url) may have bound something else than --urls:
            // say, and judge the token rule by, what is really listening.
            var bound = string.Join(";", app.Urls);
            if (!app.Urls.All(BoundAddresses.IsLoopbackUrl) && options.EffectiveToken is null)
            {
                app.StopAsync().GetAwaiter().GetResult();
                throw new UsageException($"the server bound '{bound}', which is not loopback-only: give --token (or CASUS_TOKEN) so writes are protected");
            }
            Console.Error.WriteLine($"casus: serving {workspace.Store.Location} on {bound} (Ctrl+C to stop)");
            app.WaitForShutdown();
            return CasusCli.Ok;
        });
        return command;
    }

    /// <summary>Null when Kestrel can bind the URL as meant; Kestrel itself reads "http://127.0.0.1:abc" as port 80 on every address.</summary>
    private static string? UrlProblem(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0 || url[..scheme] is not ("http" or "https")) return "not an http:// or https:// address (e.g. http://127.0.0.1:5080)";
        var authority = url[(scheme + 3)..].Split('/')[0];
        string host, port;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return "unclosed '[' in the IPv6 address";
            host = authority[1..close];
            port = authority[(close + 1)..].TrimStart(':');
            if (!System.Net.IPAddress.TryParse(host, out _)) return $"'{host}' is not an IPv6 address";
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
            port = colon < 0 ? "" : authority[(colon + 1)..];
        }
        if (host.Length == 0) return "no host (e.g. http://127.0.0.1:5080)";
        if (port.Length > 0 && !(int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number <= 65535))
            return $"port '{CommonOptions.Clip(port)}' is not a number from 0 to 65535";
        return null;
    }
}
