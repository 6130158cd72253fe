using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casus.Present.Json;
using static Casus.Present.Tests.HubWorld;

namespace Casus.Present.Tests.Json;

/// <summary>A hub's <c>ties</c> JSON with a limit: only the strongest partners, the network among them, and what was left out.</summary>
public class TiesJsonLimitTests
{
    private static readonly string[] LimitFields = ["limit", "total_partners", "omitted_partners", "total_ties", "omitted_ties"];

    [Fact]
    public void Limited_ties_json_lists_only_the_strongest_partners_and_says_how_many_were_left_out()
    {
        var root = JsonNode.Parse(Write(MidYear, 2))!;
        Assert.Equal(2, (int)root["limit"]!);
        Assert.Equal((4, 2), ((int)root["total_partners"]!, (int)root["omitted_partners"]!));
        Assert.Equal((7, 3), ((int)root["total_ties"]!, (int)root["omitted_ties"]!));
        var partners = root["ties"]!.AsArray().Select(t => (string)t!["source"]! == "HUB" ? (string)t["target"]! : (string)t["source"]!).Distinct();
        Assert.Equal(["ALV", "OST"], partners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Limited_network_holds_only_the_kept_partners_and_the_ties_among_them()
    {
        var network = JsonNode.Parse(Write(MidYear, 2))!["network"]!;
        Assert.Equal(["ALV", "HUB", "OST"], network["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        var ends = network["ties"]!.AsArray().SelectMany(t => new[] { (string)t!["source"]!, (string)t["target"]! }).ToHashSet();
        Assert.Subset(new HashSet<string> { "ALV", "HUB", "OST" }, ends);

        // Kept partners' ties among themselves stay: with Belmar kept, Ostia–Belmar and Belmar–Alvar are drawn.
        var three = JsonNode.Parse(Write(MidYear, 3))!["network"]!["ties"]!.AsArray();
        Assert.Contains(three, t => (string)t!["source"]! == "OST" && (string)t["target"]! == "BEL");
        Assert.Contains(three, t => (string)t!["source"]! == "BEL" && (string)t["target"]! == "ALV");
        Assert.DoesNotContain(three, t => (string)t!["source"]! == "COR");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2031-06-01")]
    public void Ties_json_with_a_limit_above_the_partner_count_is_the_unlimited_json_plus_the_limit_fields(string? asOf)
    {
        var date = asOf is null ? (DateOnly?)null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var unlimited = Write(date, null);
        var all = JsonNode.Parse(Write(date, 50))!.AsObject();
        Assert.Equal(0, (int)all["omitted_partners"]!);
        foreach (var field in LimitFields) all.Remove(field);
        Assert.Equal(unlimited, all.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Assert.DoesNotContain(JsonNode.Parse(unlimited)!.AsObject(), p => LimitFields.Contains(p.Key));
    }

    private static string Write(DateOnly? asOf, int? limit)
    {
        using var buffer = new MemoryStream();
        TiesJson.Write(Knowledge(), Hub, asOf, buffer, limit: limit);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
