using System.CommandLine;
using System.Text.Json;
using Casus.Pipeline.Data;
using Casus.Pipeline.Import;
using Casus.Store.Import;
using Spectre.Console;

namespace Casus.Cli.Commands;

/// <summary><c>casus import atop|atop4|cow|gdelt FILE</c>: a dataset file into treaty and event claims
/// (streaming, resumable, idempotent), with a progress bar on stderr and a summary.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("DATASET") { Description = "atop (ATOP 5.x), atop4 (ATOP 4.01), cow (COW alliances 4.1) or gdelt (GDELT events)" };
        var file = new Argument<string>("FILE") { Description = "The dataset file (ATOP member-level CSV preferred)" };
        var json = CommonOptions.Json();
        var command = new Command("import", "Import an alliance or event dataset (re-importing adds nothing; an interrupted import resumes)") { kind, file, json };
        command.SetAction(parsed =>
        {
            var dataset = DatasetImport.ParseKind(parsed.GetValue(kind)!);
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            workspace.Store.CheckIntegrity(); // never write into a damaged file
            var data = Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? ShippedData.FromDirectory(dir) : ShippedData.Embedded();
            var summary = WithProgress(progress => DatasetImport.Run(workspace.Store, data, dataset, parsed.GetValue(file)!, progress));
            if (parsed.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(Json(summary)));
            else Render(summary, workspace.Store.Location);
            return CasusCli.Ok;
        });
        return command;
    }

    private static ImportSummary WithProgress(Func<IProgress<ImportProgress>?, ImportSummary> run)
    {
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") == "true") return run(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ImportSummary? summary = null;
        console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("importing", autoStart: true, maxValue: 1);
                summary = run(new Inline(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = $"{p.RowsRead:N0} rows, {p.DocumentsAdded:N0} new documents";
                }));
            });
        return summary!;
    }

    private static void Render(ImportSummary s, string location)
    {
        Console.WriteLine($"imported {Path.GetFileName(s.File)} ({s.Kind.ToString().ToLowerInvariant()}) into {location} in {s.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"  rows read {s.RowsRead:N0}; documents new {s.DocumentsAdded:N0}, already stored {s.DocumentsExisting + s.DocumentsResumed:N0}; tie claims new {s.TieClaimsAdded:N0}");
        foreach (var (reason, count) in s.SkippedRows) Console.WriteLine($"  skipped {count:N0} rows: {reason}");
        if (s.UnknownCodes.Count > 0)
            Console.WriteLine($"  unmapped codes ({s.UnknownCodes.Count}): " + string.Join(", ", s.UnknownCodes.OrderByDescending(c => c.Value).Take(12).Select(c => $"{c.Key} ×{c.Value:N0}")) +
                              (s.UnknownCodes.Count > 12 ? ", …" : ""));
        if (s.FallbackActors > 0) Console.WriteLine($"  {s.FallbackActors} states without an ISO code kept as cow-<code> actors");
    }

    private static object Json(ImportSummary s) => new Dictionary<string, object>
    {
        ["file"] = s.File, ["dataset"] = s.Kind.ToString().ToLowerInvariant(), ["rows_read"] = s.RowsRead,
        ["documents_added"] = s.DocumentsAdded, ["documents_existing"] = s.DocumentsExisting + s.DocumentsResumed,
        ["tie_claims_added"] = s.TieClaimsAdded, ["rows_skipped"] = s.SkippedRows, ["unknown_codes"] = s.UnknownCodes,
        ["fallback_actors"] = s.FallbackActors, ["seconds"] = Math.Round(s.Elapsed.TotalSeconds, 3),
    };

    private sealed class Inline(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
