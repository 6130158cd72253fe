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
            if (!options.LoopbackOnly && options.EffectiveToken is null)
                throw new UsageException($"--urls '{options.Urls}' is not loopback-only: give --token (or CASUS_TOKEN) so writes are protected");
            var app = CasusServer.Build(workspace, options);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new InputException($"--urls '{options.Urls}': cannot listen ({e.Message.Split('\n')[0].TrimEnd('.')})");
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
}
