using System.CommandLine;
using System.Text;
using Casus.Core;
using Casus.Core.Knowledge;
using Casus.Present.Exports;
using Casus.Present.Json;

namespace Casus.Cli.Commands;

/// <summary><c>casus export graphml|gexf|csv-ties|csv-evidence|json [--as-of DATE] [--out FILE]</c>:
/// the network for Gephi, spreadsheets or scripts. The same writers serve <c>/api/export</c>.</summary>
public static class ExportCommand
{
    private static readonly Dictionary<string, Action<KnowledgeBase, Stream>> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["graphml"] = (kb, s) => WriteText(s, w => GraphMlExport.Write(kb, w)),
        ["gexf"] = (kb, s) => WriteText(s, w => GexfExport.Write(kb, w)),
        ["csv-ties"] = (kb, s) => WriteText(s, w => CsvExport.WriteTies(kb, w)),
        ["csv-evidence"] = (kb, s) => WriteText(s, w => CsvExport.WriteEvidence(kb, w)),
        ["json"] = KnowledgeJson.Write,
    };

    public static Command Create()
    {
        var format = new Argument<string>("FORMAT") { Description = "graphml, gexf, csv-ties, csv-evidence or json" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var asOf = CommonOptions.AsOf();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export the network (actors, ties, claims, evidence) as GraphML, GEXF, CSV or JSON") { format, asOf, output };
        command.SetAction(parsed =>
        {
            using var workspace = GlobalOptions.OpenWorkspace(parsed);
            var knowledge = workspace.Knowledge(parsed.GetValue(asOf));
            var write = Formats[parsed.GetValue(format)!];
            var path = parsed.GetValue(output);
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                write(knowledge, stdout);
                return CasusCli.Ok;
            }
            OutputFile.Write(path, "--out", stream => write(knowledge, stream));
            Console.Error.WriteLine($"casus: {parsed.GetValue(format)} export written to {path}");
            return CasusCli.Ok;
        });
        return command;
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }
}
