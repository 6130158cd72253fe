using System.Text.Json;
using Casus.Pipeline.Refresh;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary>The summary printed after <c>casus refresh</c>: versions, documents re-extracted with their claim counts, starter changes.</summary>
public static class RefreshView
{
    public static void Render(RefreshReport report, string location)
    {
        if (report.NothingChanged)
        {
            AnsiConsole.MarkupLine($"data version {Text.Safe(report.ToVersion)}: already up to date, nothing changed ({Text.Safe(location)})");
            return;
        }
        AnsiConsole.MarkupLine($"data version {Text.Safe(report.FromVersion ?? "unrecorded")} → {Text.Safe(report.ToVersion)} ({Text.Safe(location)})");
        AnsiConsole.MarkupLine($"re-extracted {report.DocumentsReextracted} document{Plural(report.DocumentsReextracted)}: " +
                               $"{report.ClaimsBefore} claims before, {report.ClaimsAfter} after");
        AnsiConsole.MarkupLine(report.Starter is { } s
            ? $"starter: {s.Added} source{Plural(s.Added)} added, {s.Replaced} replaced, {s.Removed} removed"
            : "starter: not in this database (created without it), left out");
        if (report.Failures.Count > 0)
            AnsiConsole.MarkupLine($"[red]{report.Failures.Count} failed[/]: they keep their old claims; run [bold]casus refresh[/] again");
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}

/// <summary><c>casus refresh --json</c>: the report as snake_case JSON.</summary>
public static class RefreshJson
{
    public static void Write(RefreshReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("from_version", report.FromVersion);
        json.WriteString("to_version", report.ToVersion);
        json.WriteBoolean("changed", !report.NothingChanged);
        json.WriteNumber("documents_reextracted", report.DocumentsReextracted);
        json.WriteNumber("claims_before", report.ClaimsBefore);
        json.WriteNumber("claims_after", report.ClaimsAfter);
        if (report.Starter is { } starter)
        {
            json.WriteStartObject("starter");
            json.WriteNumber("added", starter.Added);
            json.WriteNumber("replaced", starter.Replaced);
            json.WriteNumber("removed", starter.Removed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("starter");
        }
        json.WriteStartArray("failed");
        foreach (var failure in report.Failures)
        {
            json.WriteStartObject();
            json.WriteString("document", failure.DocumentId);
            json.WriteString("origin", failure.Origin);
            json.WriteString("error", failure.Error);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
