using System.Text;
using System.Text.Json;
using Casus.Present.Json;

namespace Casus.Present.Tests.Json;

public class KnowledgeJsonTests
{
    private static JsonElement Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement;
    }

    [Fact]
    public void Knowledge_lists_actors_in_claims_and_ties_with_claim_details()
    {
        var root = Render(s => KnowledgeJson.Write(FictionalWorld.Knowledge(), s));
        var ids = root.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(["ARD", "BRD", "CRP", "ZMB", "red-militia"], ids.Order(StringComparer.Ordinal).ToList());
        var treaty = root.GetProperty("ties").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "treaty");
        var claim = treaty.GetProperty("claims")[0];
        Assert.Equal("asserted", claim.GetProperty("modality").GetString());
        Assert.Equal("2030-05-01", claim.GetProperty("valid_from").GetString());
        var clause = claim.GetProperty("clauses")[0];
        Assert.Equal("mutual_defence", clause.GetProperty("kind").GetString());
        Assert.False(clause.GetProperty("present").GetBoolean());
        Assert.Equal("doc-a", claim.GetProperty("evidence").GetProperty("document").GetString());
        Assert.Equal(9000, root.GetProperty("states")[0].GetProperty("quantity").GetDouble());
    }

    [Fact]
    public void Hedged_claim_keeps_its_modality_and_attribution()
    {
        var root = Render(s => KnowledgeJson.Write(FictionalWorld.Knowledge(), s));
        var support = root.GetProperty("ties").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "support");
        Assert.Equal("hedged", support.GetProperty("modality").GetString());
        Assert.Equal("officials", support.GetProperty("claims")[0].GetProperty("attribution").GetString());
    }

    [Fact]
    public void Ties_as_of_a_date_drop_ties_that_had_ended()
    {
        var kb = FictionalWorld.Knowledge();
        var before = Render(s => TiesJson.Write(kb, FictionalWorld.Ardania, new DateOnly(2030, 12, 1), s));
        var after = Render(s => TiesJson.Write(kb, FictionalWorld.Ardania, new DateOnly(2031, 6, 1), s));
        // The patronage ended on 2031-01-01; the pact was signed in May 2030 (reported 2031-03-04), so it stood in December 2030.
        Assert.DoesNotContain(after.GetProperty("ties").EnumerateArray(), t => t.GetProperty("type").GetString() == "patronage");
        Assert.Contains(after.GetProperty("ties").EnumerateArray(), t => t.GetProperty("type").GetString() == "treaty");
        Assert.Contains(before.GetProperty("ties").EnumerateArray(), t => t.GetProperty("type").GetString() == "patronage");
        Assert.Contains(before.GetProperty("ties").EnumerateArray(), t => t.GetProperty("type").GetString() == "treaty");
        Assert.DoesNotContain(before.GetProperty("ties").EnumerateArray(), t => t.GetProperty("type").GetString() == "support");
        Assert.Equal("2031-06-01", after.GetProperty("as_of").GetString());
    }

    [Fact]
    public void Ties_include_the_neighbourhood_network_with_ties_among_neighbours()
    {
        var root = Render(s => TiesJson.Write(FictionalWorld.Knowledge(), FictionalWorld.Ardania, null, s));
        var nodes = root.GetProperty("network").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains("ZMB", nodes);
        Assert.Contains("red-militia", nodes);
        Assert.DoesNotContain("BRD", nodes);
        Assert.All(root.GetProperty("network").GetProperty("ties").EnumerateArray(),
            t => Assert.Contains(t.GetProperty("target").GetString(), nodes));
    }

    [Fact]
    public void Evidence_between_two_actors_covers_both_directions_only()
    {
        var root = Render(s => TiesJson.WriteBetween(FictionalWorld.Knowledge(), FictionalWorld.Ardania, FictionalWorld.Zembla, s));
        var types = root.GetProperty("ties").EnumerateArray().Select(t => t.GetProperty("type").GetString()).Order().ToList();
        Assert.Equal(["support", "treaty"], types);
    }
}
