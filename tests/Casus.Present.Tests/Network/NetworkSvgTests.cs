using System.Xml.Linq;
using Casus.Present.Network;

namespace Casus.Present.Tests.Network;

public class NetworkSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Same_knowledge_draws_the_same_picture()
    {
        var a = NetworkSvg.Render(FictionalWorld.Knowledge(), FictionalWorld.Scenario);
        var b = NetworkSvg.Render(FictionalWorld.Knowledge(), FictionalWorld.Scenario);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Focus_sits_in_the_centre_and_the_attackers_on_the_left()
    {
        var doc = XDocument.Parse(NetworkSvg.Render(FictionalWorld.Knowledge(), FictionalWorld.Scenario));
        var labels = doc.Descendants(Svg + "g").ToDictionary(
            g => g.Element(Svg + "text")!.Value,
            g => double.Parse(g.Element(Svg + "circle")!.Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(NetworkLayout.Width / 2, labels["Ardania"]);
        Assert.True(labels["Borduria"] < labels["Ardania"]);
        Assert.True(labels["Carpathia"] < labels["Ardania"]);
        Assert.True(labels["Zembla"] > labels["Borduria"]);
    }

    [Fact]
    public void Hedged_tie_is_dashed_and_asserted_tie_is_solid()
    {
        var doc = XDocument.Parse(NetworkSvg.Render(FictionalWorld.Knowledge(), FictionalWorld.Ardania));
        var lines = doc.Descendants(Svg + "line").ToList();
        Assert.Contains(lines, l => l.Value.Contains("Support", StringComparison.Ordinal) && l.Attribute("stroke-dasharray") is not null);
        Assert.Contains(lines, l => l.Value.Contains("Treaty", StringComparison.Ordinal) && l.Attribute("stroke-dasharray") is null);
    }
}
