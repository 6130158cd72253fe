// TEMPORARY: stand-ins for Casus.Present (being written by the web helper) with the same
// signatures, so the CLI compiles and its JSON contract can be tested. Deleted when it lands.
using System.Text.Json;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Cli.Pending;

internal static class ScenarioJson
{
    public static void Write(ScenarioResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("scenario");
        json.WriteString("target", result.Scenario.Target.Value);
        json.WriteStartArray("attackers"); foreach (var a in result.Scenario.Attackers) json.WriteStringValue(a.Value); json.WriteEndArray();
        json.WriteStartArray("joiners"); foreach (var a in result.Scenario.Joiners) json.WriteStringValue(a.Value); json.WriteEndArray();
        json.WriteString("as_of", result.Scenario.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteStartArray("verdicts");
        foreach (var v in result.Verdicts)
        {
            json.WriteStartObject();
            json.WriteString("actor", v.ActorName);
            json.WriteString("actor_id", v.Actor.Value);
            json.WriteStartArray("probabilities"); foreach (var p in v.Probabilities) json.WriteNumberValue(p); json.WriteEndArray();
            json.WriteNumber("level", (int)v.Level);
            json.WriteNumber("expected_level", v.ExpectedLevel);
            json.WriteStartArray("factors"); json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

internal static class TiesJson
{
    public static void Write(KnowledgeBase knowledge, ActorId actor, DateOnly? asOf, Stream output) => Array(output, knowledge.TiesOf(actor).Count);

    public static void WriteBetween(KnowledgeBase knowledge, ActorId a, ActorId b, Stream output) => Array(output, 0);

    private static void Array(Stream output, int n)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartArray();
        for (var i = 0; i < n; i++) json.WriteNullValue();
        json.WriteEndArray();
    }
}

internal static class KnowledgeJson
{
    public static void WriteActors(IEnumerable<Actor> actors, KnowledgeBase knowledge, Stream output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartArray();
        foreach (var a in actors) json.WriteStringValue(a.Name);
        json.WriteEndArray();
    }
}

internal static class BriefMarkdown
{
    public static string Render(ScenarioResult result, KnowledgeBase knowledge) => "# Brief\n";
}

internal static class BriefHtml
{
    public static string Render(ScenarioResult result, KnowledgeBase knowledge) => "<!doctype html><title>Brief</title>\n";
}
