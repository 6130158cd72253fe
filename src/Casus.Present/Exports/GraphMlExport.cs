using System.Globalization;
using System.Xml;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Network;

namespace Casus.Present.Exports;

/// <summary>
/// GraphML (graphml.graphdrawing.org): every attribute declared as a &lt;key&gt; before use, one
/// node per actor taking part in a claim, one directed edge per tie. XmlWriter escapes all text.
/// </summary>
public static class GraphMlExport
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("n_name", "node", "name", "string"),
        ("n_kind", "node", "kind", "string"),
        ("e_type", "edge", "type", "string"),
        ("e_sign", "edge", "sign", "int"),
        ("e_modality", "edge", "modality", "string"),
        ("e_from", "edge", "from", "string"),
        ("e_until", "edge", "until", "string"),
        ("e_evidence", "edge", "evidence_count", "int"),
    ];

    public static void Write(KnowledgeBase knowledge, TextWriter output)
    {
        var whole = Neighbourhood.Whole(knowledge);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        foreach (var key in Keys)
        {
            xml.WriteStartElement("key", Ns);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "casus");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in whole.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", XmlText.Clean(node.Id.Value));
            Data(xml, "n_name", node.Name);
            Data(xml, "n_kind", node.KindName);
            xml.WriteEndElement();
        }
        var index = 0;
        foreach (var tie in whole.Ties) WriteEdge(xml, tie, index++);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEdge(XmlWriter xml, Tie tie, int index)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", "e" + index.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("source", XmlText.Clean(tie.Source.Value));
        xml.WriteAttributeString("target", XmlText.Clean(tie.Target.Value));
        Data(xml, "e_type", tie.Type.ToSnake());
        Data(xml, "e_sign", tie.Sign.ToString(CultureInfo.InvariantCulture));
        Data(xml, "e_modality", tie.StrongestModality.ToSnake());
        if (tie.From is { } from) Data(xml, "e_from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (tie.Until is { } until) Data(xml, "e_until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Data(xml, "e_evidence", tie.Corroboration.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
