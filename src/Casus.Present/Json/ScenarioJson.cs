using System.Text.Json;
using Casus.Core.Scenarios;

namespace Casus.Present.Json;

/// <summary>
/// The scenario JSON contract (TEAM.md): <c>scenario</c> and <c>verdicts</c>, snake_case,
/// six probabilities per verdict and every factor's evidence. Scripts depend on these names.
/// </summary>
public static class ScenarioJson
{
    /// <param name="indented">Indented for people (CLI); compact for the wire, where it halves the bytes.</param>
    public static void Write(ScenarioResult result, Stream output, bool indented = true)
    {
        using var json = EvidenceJson.Open(output, indented);
        json.WriteStartObject();
        WriteScenario(json, result.Scenario);
        json.WriteStartArray("verdicts");
        foreach (var verdict in result.Verdicts) WriteVerdict(json, verdict);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ToJson(ScenarioResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteScenario(Utf8JsonWriter json, Scenario scenario)
    {
        json.WriteStartObject("scenario");
        json.WriteString("target", scenario.Target.Value);
        json.WriteStartArray("attackers");
        foreach (var a in scenario.Attackers) json.WriteStringValue(a.Value);
        json.WriteEndArray();
        json.WriteStartArray("joiners");
        foreach (var j in scenario.Joiners) json.WriteStringValue(j.Value);
        json.WriteEndArray();
        EvidenceJson.WriteDate(json, "as_of", scenario.AsOf);
        json.WriteEndObject();
    }

    private static void WriteVerdict(Utf8JsonWriter json, Verdict verdict)
    {
        json.WriteStartObject();
        json.WriteString("actor", verdict.ActorName);
        json.WriteString("actor_id", verdict.Actor.Value);
        json.WriteStartArray("probabilities");
        foreach (var p in verdict.Probabilities) json.WriteNumberValue(p);
        json.WriteEndArray();
        json.WriteNumber("level", (int)verdict.Level);
        json.WriteString("level_name", verdict.Level.Describe());
        json.WriteNumber("expected_level", Math.Round(verdict.ExpectedLevel, 4));
        json.WriteNumber("p_at_least_3", Math.Round(verdict.AtLeast(LadderLevel.Material), 6));
        if (verdict.Cap is { } cap) json.WriteNumber("cap", (int)cap);
        else json.WriteNull("cap");
        json.WriteStartArray("factors");
        foreach (var factor in verdict.Factors)
        {
            json.WriteStartObject();
            json.WriteString("name", factor.Name);
            json.WriteNumber("effect", Math.Round(factor.Effect, 6));
            json.WriteString("explanation", factor.Explanation);
            json.WriteStartArray("evidence");
            foreach (var e in factor.Evidence) EvidenceJson.Write(json, e);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
