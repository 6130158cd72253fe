using System.Xml.Linq;
using Casus.Present.Exports;

namespace Casus.Present.Tests.Exports;

public class ExportTests
{
    private static XDocument Xml(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return XDocument.Parse(writer.ToString());
    }

    [Fact]
    public void GraphMl_declares_keys_and_every_edge_joins_existing_nodes()
    {
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var doc = Xml(w => GraphMlExport.Write(FictionalWorld.Knowledge(), w));
        var keys = doc.Root!.Elements(g + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("attr.name")!.Value);
        foreach (var name in new[] { "kind", "name", "type", "sign", "modality", "from", "until", "evidence_count" })
            Assert.Contains(name, keys.Values);
        var nodes = doc.Descendants(g + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        var edges = doc.Descendants(g + "edge").ToList();
        Assert.Equal(5, edges.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains(e.Attribute("source")!.Value, nodes);
            Assert.Contains(e.Attribute("target")!.Value, nodes);
        });
        Assert.All(doc.Descendants(g + "data"), d => Assert.True(keys.ContainsKey(d.Attribute("key")!.Value)));
        var treaty = edges.Single(e => e.Elements(g + "data").Any(d => d.Value == "treaty"));
        Assert.Equal("2030-05-01", treaty.Elements(g + "data").Single(d => d.Attribute("key")!.Value == "e_from").Value);
    }

    [Fact]
    public void Gexf_has_declared_attributes_nodes_edges_and_dynamic_dates()
    {
        XNamespace x = "http://gexf.net/1.3";
        var doc = Xml(w => GexfExport.Write(FictionalWorld.Knowledge(), w));
        Assert.Equal("1.3", doc.Root!.Attribute("version")!.Value);
        var edgeAttributes = doc.Descendants(x + "attributes").Single(a => a.Attribute("class")!.Value == "edge")
            .Elements(x + "attribute").Select(a => a.Attribute("title")!.Value).ToList();
        Assert.Equal(["type", "sign", "modality", "evidence_count"], edgeAttributes);
        var nodes = doc.Descendants(x + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.Equal(5, nodes.Count);
        var edges = doc.Descendants(x + "edge").ToList();
        Assert.All(edges, e => Assert.Contains(e.Attribute("target")!.Value, nodes));
        Assert.All(edges, e => Assert.Equal(4, e.Descendants(x + "attvalue").Count()));
        Assert.Contains(edges, e => e.Attribute("start")?.Value == "2030-05-01");
        Assert.Contains(edges, e => e.Attribute("end")?.Value == "2031-01-01");
    }

    [Fact]
    public void Evidence_csv_round_trips_quotes_commas_and_newlines()
    {
        using var writer = new StringWriter();
        CsvExport.WriteEvidence(FictionalWorld.Knowledge(), writer);
        var rows = CsvReader.Parse(writer.ToString());
        var header = rows[0];
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        var sentence = header.IndexOf("sentence");
        var outlet = header.IndexOf("outlet");
        Assert.Contains(rows, r => r[sentence] == FictionalWorld.Payload && r[outlet] == "Evil \"Outlet\"");
    }

    [Fact]
    public void Csv_cells_that_spreadsheets_would_run_as_formulas_are_defused()
    {
        using var writer = new StringWriter();
        CsvExport.WriteEvidence(FictionalWorld.Knowledge(), writer);
        var rows = CsvReader.Parse(writer.ToString());
        var sentence = rows[0].IndexOf("sentence");
        Assert.Contains(rows, r => r[sentence] == "'" + FictionalWorld.Formula + "\nsecond line, with comma");
        Assert.DoesNotContain(rows.Skip(1), r => r.Any(cell => cell.StartsWith('=')));
    }

    [Fact]
    public void Ties_csv_has_one_row_per_tie_with_sign_and_modality()
    {
        using var writer = new StringWriter();
        CsvExport.WriteTies(FictionalWorld.Knowledge(), writer);
        var rows = CsvReader.Parse(writer.ToString());
        Assert.Equal(6, rows.Count);
        var type = rows[0].IndexOf("type");
        var threat = rows.Single(r => r[type] == "threat");
        Assert.Equal("-1", threat[rows[0].IndexOf("sign")]);
        Assert.Equal("conditional", threat[rows[0].IndexOf("modality")]);
    }
}

/// <summary>A strict RFC 4180 reader, written independently of the writer, to check round trips.</summary>
internal static class CsvReader
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }
}
