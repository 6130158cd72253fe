using Casus.Core;
using Casus.Present.Exports;
using Casus.Present.Json;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Casus.Web.Api;

/// <summary>GET /api/export/{format}: the whole network (as of a date) for Gephi, yEd, spreadsheets or scripts.</summary>
internal static class ExportEndpoints
{
    public const string Formats = "graphml, gexf, csv-ties, csv-evidence, json";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/{format}", Export).WithTags("export")
            .WithSummary($"Download the network as one of: {Formats}; as_of limits it to a date.").ProducesProblem(400);
    }

    private static IResult Export(ICasusBackend backend, string format, string? as_of)
    {
        var asOf = Query.Date(as_of, "as_of");
        var kb = backend.Knowledge(asOf);
        var stem = "casus-" + (asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "all");
        return format.ToLowerInvariant() switch
        {
            "graphml" => JsonBytes.FromText(w => GraphMlExport.Write(kb, w), "application/graphml+xml", stem + ".graphml"),
            "gexf" => JsonBytes.FromText(w => GexfExport.Write(kb, w), "application/gexf+xml", stem + ".gexf"),
            "csv-ties" => JsonBytes.FromText(w => CsvExport.WriteTies(kb, w), "text/csv; charset=utf-8", stem + "-ties.csv"),
            "csv-evidence" => JsonBytes.FromText(w => CsvExport.WriteEvidence(kb, w), "text/csv; charset=utf-8", stem + "-evidence.csv"),
            "json" => JsonBytes.From(s => KnowledgeJson.Write(kb, s)),
            _ => throw new InputException($"format: '{Query.Clip(format)}' is not one of {Formats}"),
        };
    }
}
