using System.CommandLine;
using Casus.Cli.Rendering;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus ingest PATH...</c>: files, folders (recursive) and http(s) URLs.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders or http(s) URLs to read" };
        // A PATH argument swallows unknown flags ("--frobnicate"); say they are flags, not missing files.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith("--", StringComparison.Ordinal) && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"unknown option '{token.Value}' for ingest");
        });
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Read articles, extract their claims and store them (re-ingesting adds nothing)") { paths, json };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            workspace.Store.CheckIntegrity(); // a damaged file must not take a document and say "added"
            var report = IngestProgressBar.Run(progress => workspace.Ingest(parsed.GetValue(paths)!, progress));
            foreach (var failure in report.Items.Where(i => i.Status == IngestStatus.Failed))
                Console.Error.WriteLine("casus: " + Text.Printable(failure.Error!.ReplaceLineEndings(" ")));
            if (parsed.GetValue(json)) JsonOutput.Write(stream => IngestJson.Write(report, stream));
            else IngestView.Render(report, workspace.Store.Location);
            return report.NothingIngested ? CasusCli.InputError : CasusCli.Ok;
        });
        return command;
    }
}
