using System.Text;
using CsCheck;

namespace Casus.Reliability.Tests.Fuzzing;

/// <summary>
/// Generators of article-shaped garbage: fragments the readers and the extractor react to (actor
/// names, cue phrases, modality words, dates, headers, HTML and feed markup, entities) mixed with
/// punctuation, odd Unicode, control characters and random characters, then encoded as UTF-8,
/// UTF-16 with a BOM, or replaced by raw bytes.
/// </summary>
public static class FuzzInputs
{
    private static readonly string[] Fragments =
    [
        "Iran", "Russia", "China", "Israel", "Hezbollah", "Kata'ib Hezbollah", "the Houthis", "Pakistan", "Putin", "Tehran", "SCO",
        "the United States", "America", "Hamas", "PMF", "North Korea", "Axis of Resistance",
        " signed a strategic partnership treaty with ", " condemned ", " is supplying weapons to ", " offered full support to ",
        " is unlikely to ", " could ", " did not include a mutual defence clause", " threatened ", " joined the ",
        " if America dares to intervene, ", " according to ", " last year", " in January", " until he was toppled ",
        " 200,000 fighters", " largest buyer of oil", " effectively neutralised", " speculation that ", " suspected ",
        ".", ". ", ",", "!", "?", "\"", "'", "(", ")", "—", "…", "\n", "\n\n", "\r\n", " ", "  ", "\t",
        "<p>", "</p>", "<div>", "</div>", "<article>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#x202E;",
        "&lt;", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<rss><channel><item><title>", "</title></item></channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "<!DOCTYPE x [<!ENTITY a \"bb\">]>", "&a;", "<meta property=\"article:published_time\" content=\"2025-06-17\">",
        "date 2025-06-17 ", "date 9999-99-99 ", "url: https://example.org/x\n", "title: T\n", "outlet: O\n\n", "Related Articles\n", "2 hours ago",
        "\u202E", "\u200B", "\uFEFF", "\0", "\u0007", "\u001b[31m", "é", "e\u0301", "😀", "\u0085", "\u2028", "İ", "ß", "ﬁ", "\uD800",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Gen.OneOf(Fragments)),
        (1, Gen.Char.Select(c => c.ToString())));

    public static readonly Gen<string> Text = Fragment.Array[0, 80].Select(parts => string.Concat(parts));

    public static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (8, Text.Select(t => Encoding.UTF8.GetBytes(t))),
        (1, Text.Select(t => (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)])),
        (1, Gen.Byte.Array[0, 600]));

    public static readonly Gen<string> Extension = Gen.OneOf(".txt", ".html", ".htm", ".rss", ".atom", ".xml", ".md", "");

    /// <summary>Iterations per property: 2,000 by default (under a minute in CI), more with CASUS_FUZZ_ITER.</summary>
    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("CASUS_FUZZ_ITER"), out var n) && n > 0 ? n : 2_000;
}
