using System.Text;

namespace Casus.Ingest.Tests.Hostile;

/// <summary>
/// Writes the hostile-input corpus (issue 6) into a folder: each case a file whose name says what it is.
/// Generated rather than committed, so the repository holds no 50 MB blobs or binaries. Text is fictional.
/// </summary>
public static class HostileCorpus
{
    private const string Sentence = "Valdoria and Ostmark renewed their fictional pact in Kestrel Hall. ";

    /// <summary>Case name → (file name, content writer).</summary>
    public static readonly IReadOnlyDictionary<string, (string FileName, Action<string> Write)> Cases =
        new Dictionary<string, (string, Action<string>)>
        {
            ["empty"] = ("empty.txt", p => File.WriteAllBytes(p, [])),
            ["whitespace"] = ("whitespace.txt", p => File.WriteAllText(p, "  \n\t\r\n   \n")),
            ["bom-only"] = ("bom-only.txt", p => File.WriteAllBytes(p, [0xEF, 0xBB, 0xBF, 0x20, 0x0A])),
            ["png"] = ("picture.txt", p => File.WriteAllBytes(p, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Random(512)])),
            ["elf"] = ("program.txt", p => File.WriteAllBytes(p, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, .. Random(512)])),
            ["zip"] = ("archive.html", p => File.WriteAllBytes(p, [0x50, 0x4B, 0x03, 0x04, .. Random(512)])),
            ["pdf"] = ("paper.txt", p => File.WriteAllBytes(p, [.. "%PDF-1.7\n"u8, .. Random(512)])),
            ["random-bytes"] = ("noise.txt", p => File.WriteAllBytes(p, Random(4096))),
            ["nul-bytes"] = ("nul.txt", p => File.WriteAllBytes(p, [.. Encoding.UTF8.GetBytes(Sentence), 0, 0, 0, .. Encoding.UTF8.GetBytes(Sentence)])),
            ["text-50mb"] = ("huge-50mb.txt", p => WriteRepeated(p, 50L * 1024 * 1024, Sentence + "\n")),
            ["text-19mb"] = ("large-19mb.txt", p => WriteRepeated(p, 19L * 1024 * 1024, Sentence + "\n")),
            ["single-line-5mb"] = ("one-line-5mb.txt", p => WriteRepeated(p, 5L * 1024 * 1024, Sentence)),
            ["invalid-utf8"] = ("invalid-utf8.txt", p => File.WriteAllBytes(p, [.. "Caf"u8, 0xC3, 0x28, .. " Ostmark "u8, 0xFF, 0xFE, 0xFD, 0x81, 0x8D, .. Random(300, high: true)])),
            ["latin1"] = ("latin1.txt", p => File.WriteAllBytes(p, Encoding.Latin1.GetBytes("Le président de Valdoria a visité Ostmark à l'été; ça s'est bien passé."))),
            ["windows-1252-quotes"] = ("cp1252.txt", p => File.WriteAllBytes(p, [.. "Valdoria said "u8, 0x93, .. "no"u8, 0x94, .. " "u8, 0x96, .. " firmly."u8])),
            ["utf16-le-bom"] = ("utf16le.txt", p => File.WriteAllBytes(p, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Ostmark grüßt Valdoria.")])),
            ["utf16-be-bom"] = ("utf16be.txt", p => File.WriteAllBytes(p, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Ostmark grüßt Valdoria.")])),
            ["utf8-bom-crlf"] = ("utf8bom.txt", p => File.WriteAllBytes(p, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title line\r\n\r\nBody of a fictional story.\r\n")])),
            ["nested-10000"] = ("nested.html", p => File.WriteAllText(p, "<html><body>" + Repeat("<div>", 10_000) + "<p>Deep fictional text survives.</p>" + Repeat("</div>", 10_000) + "</body></html>")),
            ["nested-unclosed-10000"] = ("nested-unclosed.html", p => File.WriteAllText(p, "<html><body>" + Repeat("<span><b>", 10_000) + "Deep unclosed text.")),
            ["script-payloads"] = ("xss.html", p => File.WriteAllText(p, """
                <html><body><article><p>Ostmark issued a fictional statement.<script>alert('SCRIPT-PAYLOAD')</script></p>
                <img src=x onerror="alert('ONERROR-PAYLOAD')"><p onclick="steal()">Second &lt;script&gt;shown as text&lt;/script&gt; line.</p>
                <svg onload="alert('SVG-PAYLOAD')"><script>SVG-SCRIPT</script></svg><iframe src="javascript:alert(1)">IFRAME-TEXT</iframe></article></body></html>
                """)),
            ["script-in-text"] = ("xss.txt", p => File.WriteAllText(p, "A fictional note <script>alert('x')</script> and <img src=x onerror=alert(1)> end.")),
            ["date-9999"] = ("bad-date.txt", p => File.WriteAllText(p, "url: https://x.example/\ndate: 9999-99-99\noutlet: Example\n\nHeadline\n\nBody.")),
            ["date-inline-invalid"] = ("bad-inline-date.txt", p => File.WriteAllText(p, "date 2031-13-40 The fictional text starts here.")),
            ["control-chars"] = ("controls.txt", p => File.WriteAllText(p, "Valdoria\u0007 signed\u001B[31m the\u0001 pact\u0085 today\u007F.\fNext page.")),
            ["rtl-overrides"] = ("rtl.txt", p => File.WriteAllText(p, "Ostmark \u202Edias\u202C Valdoria \u2066signed\u2069 it.")),
            ["long-actor-name"] = ("long-name.txt", p => File.WriteAllText(p, "The " + Repeat("Valdor", 10_000 / 6 + 1) + " Front threatened Ostmark.")),
            ["spaces-and-quotes"] = ("my \"quoted\" 'file' name.txt", p => File.WriteAllText(p, "A fictional story in an awkwardly named file.")),
            ["unicode-path"] = ("déjà vu – ostmark ✓.txt", p => File.WriteAllText(p, "A fictional story in a file with a Unicode name.")),
            ["header-only"] = ("header-only.txt", p => File.WriteAllText(p, "url: https://x.example/\ndate: 2031-01-01\noutlet: Example\n")),
            ["html-no-text"] = ("empty-page.html", p => File.WriteAllText(p, "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>")),
            ["xml-bomb"] = ("bomb.rss", p => File.Copy(Fixtures.Path("xml-bomb.xml"), p)),
            ["external-entity"] = ("xxe.xml", p => File.Copy(Fixtures.Path("external-entity.rss"), p)),
            ["truncated-feed"] = ("truncated.atom", p => File.WriteAllText(p, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut</title><entry><title>Half")),
            ["json-ld-garbage"] = ("bad-jsonld.html", p => File.WriteAllText(p, "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": [[[[</script></head><body><p>Fictional body text of the page.</p></body></html>")),
        };

    public static string Write(string folder, string caseName)
    {
        var (fileName, write) = Cases[caseName];
        var path = Path.Combine(folder, fileName);
        write(path);
        return path;
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static byte[] Random(int length, bool high = false)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        if (high) for (var i = 0; i < bytes.Length; i++) bytes[i] |= 0x80;
        return bytes;
    }

    private static void WriteRepeated(string path, long size, string unit)
    {
        var chunk = Encoding.UTF8.GetBytes(Repeat(unit, Math.Max(1, 65536 / unit.Length)));
        using var file = File.Create(path);
        for (long written = 0; written < size; written += chunk.Length) file.Write(chunk);
    }
}
