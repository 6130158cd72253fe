using System.Globalization;
using System.Xml;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Network;

namespace Casus.Present.Exports;

/// <summary>
/// GEXF 1.3 for Gephi: node and edge attributes declared, edges dynamic (start/end dates) where
/// the tie's dates are known, so Gephi's timeline shows ties appearing and ending.
/// </summary>
public static class GexfExport
{
    private const string Ns = "http://gexf.net/1.3";

    public static void Write(KnowledgeBase knowledge, TextWriter output)
    {
        var whole = Neighbourhood.Whole(knowledge);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Ns);
        xml.WriteElementString("creator", Ns, "Casus");
        xml.WriteElementString("description", Ns, "Alliance network: actors and ties with their evidence counts");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        Attributes(xml, "node", [("kind", "string")]);
        Attributes(xml, "edge", [("type", "string"), ("sign", "integer"), ("modality", "string"), ("evidence_count", "integer")]);
        xml.WriteStartElement("nodes", Ns);
        foreach (var node in whole.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", XmlText.Clean(node.Id.Value));
            xml.WriteAttributeString("label", XmlText.Clean(node.Name));
            AttValues(xml, [node.KindName]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        var index = 0;
        foreach (var tie in whole.Ties) WriteEdge(xml, tie, index++);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEdge(XmlWriter xml, Tie tie, int index)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", index.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("source", XmlText.Clean(tie.Source.Value));
        xml.WriteAttributeString("target", XmlText.Clean(tie.Target.Value));
        // Several tie types between one pair are parallel edges; GEXF tells them apart by kind.
        xml.WriteAttributeString("kind", tie.Type.ToSnake());
        xml.WriteAttributeString("label", tie.Type.ToSnake());
        if (tie.From is { } from) xml.WriteAttributeString("start", Iso(from));
        if (tie.Until is { } until) xml.WriteAttributeString("end", Iso(until));
        xml.WriteAttributeString("weight", tie.Corroboration.ToString(CultureInfo.InvariantCulture));
        AttValues(xml, [tie.Type.ToSnake(), tie.Sign.ToString(CultureInfo.InvariantCulture),
            tie.StrongestModality.ToSnake(), tie.Corroboration.ToString(CultureInfo.InvariantCulture)]);
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, string @class, (string Title, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", @class);
        xml.WriteAttributeString("mode", "static");
        for (var i = 0; i < attributes.Length; i++)
        {
            xml.WriteStartElement("attribute", Ns);
            xml.WriteAttributeString("id", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", attributes[i].Title);
            xml.WriteAttributeString("type", attributes[i].Type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, string[] values)
    {
        xml.WriteStartElement("attvalues", Ns);
        for (var i = 0; i < values.Length; i++)
        {
            xml.WriteStartElement("attvalue", Ns);
            xml.WriteAttributeString("for", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("value", XmlText.Clean(values[i]));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
