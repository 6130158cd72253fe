using System.Text;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// The hostile-input corpus of issue 6, written by code into a scratch folder (no 50 MB blobs or
/// binaries in the repository). Each case is a file whose name says what it is, with what a user
/// must get from <c>casus ingest</c> on it. All text is invented for these tests.
/// </summary>
public static class HostileCorpus
{
    private const string Line = "Pakistan offered full support to Iran at the fictional Orlesk summit. ";
    public const string SecretMarker = "CASUS-SECRET-6b1f";

    public static readonly IReadOnlyDictionary<string, HostileCase> Cases = new Dictionary<string, HostileCase>
    {
        ["empty"] = new("empty.txt", p => File.WriteAllBytes(p, []), Expected.Rejected, "empty"),
        ["whitespace-only"] = new("blank.txt", p => File.WriteAllText(p, "  \n\t\r\n   \n\v\f"), Expected.Rejected, "empty"),
        ["bom-only"] = new("bom.txt", p => File.WriteAllBytes(p, [0xEF, 0xBB, 0xBF, 0x20, 0x0A]), Expected.Rejected, "empty"),
        ["png"] = new("photo.txt", p => File.WriteAllBytes(p, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Noise(2048, 1)]), Expected.Rejected, "binary"),
        ["elf"] = new("program.txt", p => File.WriteAllBytes(p, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, .. Noise(2048, 2)]), Expected.Rejected, "binary"),
        ["zip"] = new("archive.html", p => File.WriteAllBytes(p, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, .. Noise(2048, 3)]), Expected.Rejected, "binary"),
        ["pdf"] = new("paper.txt", p => File.WriteAllBytes(p, [.. "%PDF-1.7\n"u8, .. Noise(2048, 4)]), Expected.Rejected, "binary"),
        ["random-bytes"] = new("noise.txt", p => File.WriteAllBytes(p, Noise(8192, 5)), Expected.Rejected),
        ["nul-inside-text"] = new("nul.txt", p => File.WriteAllBytes(p, [.. Encoding.UTF8.GetBytes(Line), 0, 0, .. Encoding.UTF8.GetBytes(Line)]), Expected.IngestedOrRejected,
            TextCheck: t => !t.Contains('\0'), TextCheckMeaning: "no NUL stored"),
        // Read whole, or refused by size with a line saying so: both are answers; running out of memory is not.
        ["text-50mb"] = new("huge-50mb.txt", p => WriteRepeated(p, 50L * 1024 * 1024, Line + "\n"), Expected.IngestedOrRejected, "MB"),
        ["single-line-5mb"] = new("one-line-5mb.txt", p => WriteRepeated(p, 5L * 1024 * 1024, Line), Expected.Ingested),
        ["invalid-utf8"] = new("invalid-utf8.txt", p => File.WriteAllBytes(p, [.. "Iran and Caf"u8, 0xC3, 0x28, .. " Pakistan "u8, 0xFF, 0xFE, 0xFD, 0x81, .. "end."u8]), Expected.IngestedOrRejected,
            TextCheck: t => t.Contains("Pakistan"), TextCheckMeaning: "the valid text around the bad bytes is kept"),
        ["utf16-le-bom"] = new("utf16le.txt", p => File.WriteAllBytes(p, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Pakistan grüßt Iran über den Fluss.")]), Expected.Ingested,
            TextCheck: t => t.Contains("Pakistan grüßt Iran"), TextCheckMeaning: "decoded as UTF-16"),
        ["utf16-be-bom"] = new("utf16be.txt", p => File.WriteAllBytes(p, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Pakistan grüßt Iran über den Fluss.")]), Expected.Ingested,
            TextCheck: t => t.Contains("Pakistan grüßt Iran"), TextCheckMeaning: "decoded as UTF-16"),
        ["latin1"] = new("latin1.txt", p => File.WriteAllBytes(p, Encoding.Latin1.GetBytes("Le président du Pakistan a visité l'Iran à l'été; ça s'est bien passé.")), Expected.IngestedOrRejected,
            TextCheck: t => t.Contains("président") && !t.Contains('\uFFFD'), TextCheckMeaning: "decoded as Latin-1, no replacement characters"),
        ["control-characters"] = new("controls.txt", p => File.WriteAllText(p, "Iran\u0007 signed\u001B[31m a\u0001 treaty\u0085 with\u007F Russia.\fNext page."), Expected.IngestedOrRejected,
            TextCheck: t => t.Contains("treaty"), TextCheckMeaning: "the words survive"),
        ["right-to-left-overrides"] = new("rtl.txt", p => File.WriteAllText(p, "Iran \u202Edengis\u202C a treaty with \u2066Russia\u2069 in Orlesk."), Expected.Ingested,
            TextCheck: t => t.Contains("Russia"), TextCheckMeaning: "the words survive"),
        ["html-nested-10000"] = new("nested.html", p => File.WriteAllText(p, "<html><body>" + Repeat("<div>", 10_000) + "<p>Deep fictional text survives in Orlesk.</p>" + Repeat("</div>", 10_000) + "</body></html>"), Expected.IngestedOrRejected,
            TextCheck: t => t.Contains("Deep fictional text survives") && !t.Contains("<div>"), TextCheckMeaning: "text kept, tags dropped"),
        // Issue 16: parsing was quadratic in depth (100,000 levels, 1.1 MB: 154 s); now bounded, the text kept.
        ["html-nested-100000"] = new("nested-deep.html", p => File.WriteAllText(p, "<html><body>" + Repeat("<div>", 100_000) + "<p>Deep fictional text survives in Orlesk.</p>" + Repeat("</div>", 100_000) + "</body></html>"), Expected.Ingested,
            TextCheck: t => t.Contains("Deep fictional text survives") && !t.Contains("<div>"), TextCheckMeaning: "text kept, tags dropped"),
        ["html-unclosed-100000"] = new("unclosed-deep.html", p => File.WriteAllText(p, "<html><body><p>Iran spoke in Orlesk." + Repeat("<span><b>", 100_000) + "Deep unclosed text."), Expected.IngestedOrRejected,
            TextCheck: t => !t.Contains("<span>"), TextCheckMeaning: "tags dropped"),
        ["html-unclosed-10000"] = new("unclosed.html", p => File.WriteAllText(p, "<html><body><p>Iran spoke in Orlesk." + Repeat("<span><b>", 10_000) + "Deep unclosed text."), Expected.IngestedOrRejected,
            TextCheck: t => !t.Contains("<span>"), TextCheckMeaning: "tags dropped"),
        ["html-script-payloads"] = new("xss.html", p => File.WriteAllText(p, """
            <html><head><title>Orlesk notes</title><script>alert('SCRIPT-PAYLOAD')</script></head><body><article>
            <p>Pakistan offered full support to Iran at the fictional Orlesk summit.<script>alert('INLINE-PAYLOAD')</script></p>
            <img src=x onerror="alert('ONERROR-PAYLOAD')"><p onclick="steal()">A second fictional paragraph about the Orlesk summit follows here.</p>
            <svg onload="alert('SVG-PAYLOAD')"></svg><iframe src="javascript:alert(1)"></iframe></article></body></html>
            """), Expected.IngestedOrRejected,
            TextCheck: t => !t.Contains("PAYLOAD") && !t.Contains("<script", StringComparison.OrdinalIgnoreCase), TextCheckMeaning: "scripts and handlers dropped"),
        ["feed-xml-bomb"] = new("bomb.rss", p => File.WriteAllText(p, XmlBomb), Expected.IngestedOrRejected,
            TextCheck: t => CountOf(t, "lol") < 100, TextCheckMeaning: "entities not expanded"),
        ["feed-external-entity"] = new("xxe.rss", p => File.WriteAllText(p, ExternalEntity(p)), Expected.IngestedOrRejected,
            TextCheck: t => !t.Contains(SecretMarker), TextCheckMeaning: "the external file is never read"),
        ["feed-truncated"] = new("truncated.atom", p => File.WriteAllText(p, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut</title><entry><title>Half"), Expected.IngestedOrRejected),
        ["date-9999-99-99"] = new("bad-date.txt", p => File.WriteAllText(p, "date 9999-99-99 Iran signed a treaty with Russia in the fictional town of Orlesk."), Expected.IngestedOrRejected, "9999-99-99"),
        ["actor-name-10000-chars"] = new("long-name.txt", p => File.WriteAllText(p, "The " + Repeat("Valdor", 1_700) + " Front threatened Iran near Orlesk."), Expected.Ingested),
        ["path-with-spaces-and-quotes"] = new("my \"quoted\" 'odd' file $(x).txt", p => File.WriteAllText(p, "Pakistan offered full support to Iran in a file with an awkward name."), Expected.Ingested),
        ["path-unicode"] = new("déjà vu – orlesk ✓.txt", p => File.WriteAllText(p, "Pakistan offered full support to Iran in a file with a Unicode name."), Expected.Ingested),
        ["html-without-text"] = new("empty-page.html", p => File.WriteAllText(p, "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>"), Expected.IngestedOrRejected,
            TextCheck: t => !t.Contains("var a"), TextCheckMeaning: "no script text stored"),
    };

    public static IEnumerable<object[]> Names => Cases.Keys.Select(k => new object[] { k });

    public static string Write(string folder, string name)
    {
        var hostile = Cases[name];
        var path = Path.Combine(folder, hostile.FileName);
        hostile.Write(path);
        return path;
    }

    private const string XmlBomb = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>Bomb</title><item><title>Orlesk</title><description>&lol9;</description><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>
        """;

    /// <summary>A feed whose entity points at a local file holding a marker; the marker must never be stored.</summary>
    private static string ExternalEntity(string feedPath)
    {
        var secret = Path.Combine(Path.GetDirectoryName(feedPath)!, "secret.dat");
        File.WriteAllText(secret, SecretMarker);
        return $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <rss version="2.0"><channel><title>Feed</title><item><title>Orlesk</title><description>Iran spoke. &xxe;</description><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>
            """;
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0 && count < 1000; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static void WriteRepeated(string path, long size, string unit)
    {
        var chunk = Encoding.UTF8.GetBytes(Repeat(unit, Math.Max(1, 65536 / unit.Length)));
        using var file = File.Create(path);
        for (long written = 0; written < size; written += chunk.Length) file.Write(chunk);
    }
}
