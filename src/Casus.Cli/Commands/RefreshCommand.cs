using System.CommandLine;
using Casus.Cli.Rendering;
using Casus.Pipeline.Refresh;

namespace Casus.Cli.Commands;

/// <summary><c>casus refresh [--json]</c>: brings the database up to the data this casus ships.</summary>
public static class RefreshCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("refresh",
            "Bring the database up to the shipped data version: re-extract documents read with an older lexicon, update the starter knowledge base (running it twice changes nothing)")
        { json };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            workspace.Store.CheckIntegrity(); // never write into a damaged file
            var report = BatchProgressBar.Run<RefreshReport, RefreshProgress>("re-extracting", workspace.Refresh, p => (p.Done, p.Total, p.Current));
            foreach (var failure in report.Failures)
                Console.Error.WriteLine("casus: " + failure.Error.ReplaceLineEndings(" "));
            if (parsed.GetValue(json)) JsonOutput.Write(stream => RefreshJson.Write(report, stream));
            else RefreshView.Render(report, workspace.Store.Location);
            return report.Failures.Count > 0 ? CasusCli.InputError : CasusCli.Ok;
        });
        return command;
    }
}
