using System.Text.Json;
using Casus.Core.Claims;

namespace Casus.Present.Json;

/// <summary>The one shape evidence takes in every JSON output, so scripts parse it once.</summary>
internal static class EvidenceJson
{
    public static void Write(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        json.WriteString("document", evidence.DocumentId);
        json.WriteString("sentence", evidence.Sentence);
        WriteDate(json, "date", evidence.Date);
        WriteNullable(json, "outlet", evidence.Outlet);
        WriteNullable(json, "url", evidence.Url);
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
        json.WriteEndObject();
    }

    public static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is null) json.WriteNull(name);
        else json.WriteString(name, date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    /// <summary>Default encoder on purpose: it escapes &lt; &gt; &amp; and quotes, so article text
    /// stays inert even if a consumer pastes the JSON into a page.</summary>
    public static Utf8JsonWriter Open(Stream output, bool indented = true) =>
        new(output, new JsonWriterOptions { Indented = indented });
}
