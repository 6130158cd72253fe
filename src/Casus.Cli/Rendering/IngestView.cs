using System.Text.Json;
using Casus.Pipeline;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary>The table printed after <c>casus ingest</c>: one row per document, with outlet, date and claim counts.</summary>
public static class IngestView
{
    public static void Render(IngestReport report, string location)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("status").AddColumn("document").AddColumn("outlet").AddColumn("date")
            .AddColumn(new TableColumn("ties").RightAligned()).AddColumn(new TableColumn("states").RightAligned());
        foreach (var item in report.Items.Where(i => i.Status != IngestStatus.Failed))
        {
            table.AddRow(
                item.Status == IngestStatus.Added ? "[green]added[/]" : "[grey]already stored[/]",
                Text.Safe(Text.Clip(item.Title ?? Path.GetFileName(item.Origin), 60)),
                Text.Safe(item.Outlet ?? "—"),
                Text.Date(item.Date),
                item.TieClaims.ToString(System.Globalization.CultureInfo.InvariantCulture),
                item.StateClaims.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (table.Rows.Count > 0) AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{report.Added} added, {report.Existing} already stored, {(report.Failed > 0 ? "[red]" : "")}{report.Failed} failed{(report.Failed > 0 ? "[/]" : "")} → {Text.Safe(location)}");
    }
}

/// <summary><c>casus ingest --json</c>: the report as snake_case JSON.</summary>
public static class IngestJson
{
    public static void Write(IngestReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("added", report.Added);
        json.WriteNumber("already_stored", report.Existing);
        json.WriteNumber("failed", report.Failed);
        json.WriteStartArray("items");
        foreach (var item in report.Items)
        {
            json.WriteStartObject();
            json.WriteString("origin", item.Origin);
            json.WriteString("status", item.Status switch { IngestStatus.Added => "added", IngestStatus.AlreadyStored => "already_stored", _ => "failed" });
            json.WriteString("document", item.DocumentId);
            json.WriteString("title", item.Title);
            json.WriteString("outlet", item.Outlet);
            json.WriteString("date", item.Date is null ? null : Text.Date(item.Date));
            json.WriteNumber("tie_claims", item.TieClaims);
            json.WriteNumber("state_claims", item.StateClaims);
            json.WriteString("error", item.Error);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
