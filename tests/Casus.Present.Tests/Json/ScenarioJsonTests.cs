using System.Text.Json;
using Casus.Present.Json;

namespace Casus.Present.Tests.Json;

public class ScenarioJsonTests
{
    private static JsonElement Parse() => JsonDocument.Parse(ScenarioJson.ToJson(FictionalWorld.Result())).RootElement;

    [Fact]
    public void Scenario_block_names_target_sides_and_date_in_snake_case()
    {
        var scenario = Parse().GetProperty("scenario");
        Assert.Equal("ARD", scenario.GetProperty("target").GetString());
        Assert.Equal(["BRD"], scenario.GetProperty("attackers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["CRP"], scenario.GetProperty("joiners").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2031-06-01", scenario.GetProperty("as_of").GetString());
    }

    [Fact]
    public void Every_verdict_has_six_probabilities_summing_to_one_and_its_level()
    {
        var verdicts = Parse().GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal(2, verdicts.Count);
        foreach (var v in verdicts)
        {
            var p = v.GetProperty("probabilities").EnumerateArray().Select(x => x.GetDouble()).ToList();
            Assert.Equal(6, p.Count);
            Assert.Equal(1.0, p.Sum(), 6);
            Assert.Equal(p.IndexOf(p.Max()), v.GetProperty("level").GetInt32());
            Assert.True(v.TryGetProperty("expected_level", out _));
            // The headline chances: P(level >= k) for k = 1..4, each the sum of the probabilities from k up.
            for (var k = 1; k <= 4; k++)
                Assert.Equal(p.Skip(k).Sum(), v.GetProperty($"p_at_least_{k}").GetDouble(), 6);
            Assert.False(string.IsNullOrEmpty(v.GetProperty("actor_id").GetString()));
        }
    }

    [Fact]
    public void Factor_evidence_carries_document_verbatim_sentence_date_outlet_url_and_span()
    {
        var factor = Parse().GetProperty("verdicts")[0].GetProperty("factors")[1];
        Assert.Equal("stated_intent", factor.GetProperty("name").GetString());
        Assert.Equal(0.3, factor.GetProperty("effect").GetDouble(), 6);
        var e = factor.GetProperty("evidence")[0];
        Assert.Equal("doc-b", e.GetProperty("document").GetString());
        Assert.Equal(FictionalWorld.Payload, e.GetProperty("sentence").GetString());
        Assert.Equal("2031-03-04", e.GetProperty("date").GetString());
        Assert.Equal("Evil \"Outlet\"", e.GetProperty("outlet").GetString());
        Assert.Equal("https://example.test/doc-b", e.GetProperty("url").GetString());
        Assert.Equal(40, e.GetProperty("start").GetInt32());
        Assert.Equal(40 + FictionalWorld.Payload.Length, e.GetProperty("end").GetInt32());
    }

    [Fact]
    public void Markup_in_article_text_is_escaped_in_the_raw_json()
    {
        var raw = ScenarioJson.ToJson(FictionalWorld.Result());
        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_keeps_the_first_verdicts_in_order_and_reports_how_many_were_omitted()
    {
        var result = FictionalWorld.Result();
        var json = JsonDocument.Parse(ScenarioJson.ToJson(result, limit: 1)).RootElement;
        Assert.Equal(["scenario", "limit", "total_verdicts", "omitted", "verdicts"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.GetProperty("limit").GetInt32());
        Assert.Equal(result.Verdicts.Count, json.GetProperty("total_verdicts").GetInt32());
        Assert.Equal(result.Verdicts.Count - 1, json.GetProperty("omitted").GetInt32());
        var kept = Assert.Single(json.GetProperty("verdicts").EnumerateArray());
        Assert.Equal(result.Verdicts[0].Actor.Value, kept.GetProperty("actor_id").GetString());
    }

    [Fact]
    public void Without_a_limit_the_json_has_only_scenario_and_verdicts()
    {
        Assert.Equal(["scenario", "verdicts"], Parse().EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Limit_beyond_the_result_keeps_every_verdict_unchanged_and_omits_none()
    {
        var result = FictionalWorld.Result();
        var limited = JsonDocument.Parse(ScenarioJson.ToJson(result, limit: int.MaxValue)).RootElement;
        Assert.Equal(0, limited.GetProperty("omitted").GetInt32());
        Assert.Equal(Parse().GetProperty("verdicts").GetRawText(), limited.GetProperty("verdicts").GetRawText());
    }

    [Fact]
    public void Limited_json_never_reads_the_factors_of_omitted_verdicts()
    {
        var result = FictionalWorld.Result();
        var unreadable = result.Verdicts[1] with { Factors = new UnreadableFactors() };
        var limited = result with { Verdicts = [result.Verdicts[0], unreadable] };
        Assert.Contains("\"omitted\": 1", ScenarioJson.ToJson(limited, limit: 1), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ScenarioJson.ToJson(limited));
    }

    /// <summary>Factors that are costly to explain, standing in for the engine's lazily explained ones: reading them fails.</summary>
    private sealed class UnreadableFactors : IReadOnlyList<Casus.Core.Scenarios.Factor>
    {
        public Casus.Core.Scenarios.Factor this[int index] => throw new InvalidOperationException("factor read");

        public int Count => throw new InvalidOperationException("factor read");

        public IEnumerator<Casus.Core.Scenarios.Factor> GetEnumerator() => throw new InvalidOperationException("factor read");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
