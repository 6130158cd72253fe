using System.Text.Json;
using Casus.Core.Scenarios;

namespace Casus.Present.Json;

/// <summary>
/// The scenario JSON contract (TEAM.md): <c>scenario</c> and <c>verdicts</c>, snake_case,
/// six probabilities per verdict and every factor's evidence. Scripts depend on these names.
/// With a limit (see <see cref="VerdictLimit"/>) it also says <c>limit</c>, <c>total_verdicts</c>
/// and <c>omitted</c>, between <c>scenario</c> and <c>verdicts</c>; without one it writes nothing new.
/// Likewise a <see cref="KnownByNote"/> adds <c>known_by</c> and <c>withheld_claims</c> right after <c>scenario</c>.
/// </summary>
public static class ScenarioJson
{
    /// <param name="indented">Indented for people (CLI); compact for the wire, where it halves the bytes.</param>
    /// <param name="limit">Keep only the first this many verdicts (at least 1); null keeps all.</param>
    /// <param name="knownBy">The scenario was judged only on what had been published by a date; null writes nothing about it.</param>
    public static void Write(ScenarioResult result, Stream output, bool indented = true, int? limit = null, KnownByNote? knownBy = null)
    {
        var verdicts = VerdictLimit.Top(result.Verdicts, limit);
        using var json = EvidenceJson.Open(output, indented);
        json.WriteStartObject();
        WriteScenario(json, result.Scenario);
        if (knownBy is not null)
        {
            EvidenceJson.WriteDate(json, "known_by", knownBy.Date);
            json.WriteNumber("withheld_claims", knownBy.Withheld);
        }
        if (limit is { } n)
        {
            json.WriteNumber("limit", n);
            json.WriteNumber("total_verdicts", result.Verdicts.Count);
            json.WriteNumber("omitted", result.Verdicts.Count - verdicts.Count);
        }
        json.WriteStartArray("verdicts");
        foreach (var verdict in verdicts) WriteVerdict(json, verdict);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ToJson(ScenarioResult result, int? limit = null, KnownByNote? knownBy = null)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer, limit: limit, knownBy: knownBy);
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
        // The headline chances (Headline): P(words), P(diplomacy), P(material+), P(fighting); p_at_least_3 came first, the rest are additive.
        json.WriteNumber("p_at_least_1", Math.Round(verdict.AtLeast(LadderLevel.Rhetorical), 6));
        json.WriteNumber("p_at_least_2", Math.Round(verdict.AtLeast(LadderLevel.Diplomatic), 6));
        json.WriteNumber("p_at_least_3", Math.Round(verdict.AtLeast(LadderLevel.Material), 6));
        json.WriteNumber("p_at_least_4", Math.Round(verdict.AtLeast(LadderLevel.IndirectMilitary), 6));
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
