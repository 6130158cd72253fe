using System.Diagnostics;
using Casus.Core;
using Casus.Core.Documents;
using Casus.Testing;

namespace Casus.Ingest.Tests.Hostile;

/// <summary>Every hostile case either reads correctly or fails with one line naming the file and the reason.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> Rejected() => new()
    {
        { "empty", "empty document" },
        { "whitespace", "empty document (only whitespace)" },
        { "bom-only", "empty document" },
        { "png", "binary file (PNG image)" },
        { "elf", "binary file (ELF executable)" },
        { "zip", "binary file (zip archive)" },
        { "pdf", "binary file (PDF document)" },
        { "random-bytes", "binary file" },
        { "nul-bytes", "binary file (contains NUL bytes)" },
        { "text-50mb", "too large (50 MB; the limit is 20 MB per document)" },
        { "invalid-utf8", "not valid UTF-8 and not recognisable as Latin-1/Windows-1252 text" },
        { "date-9999", "invalid date in header line 'date: 9999-99-99'" },
        { "date-inline-invalid", "invalid date in header 'date 2031-13-40'" },
        { "header-only", "empty document (a header but no text)" },
        { "html-no-text", "HTML page without article text" },
        { "xml-bomb", "feed declares a DTD" },
        { "external-entity", "feed declares a DTD" },
        { "truncated-feed", "malformed feed XML at line 1" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Hostile_file_is_rejected_with_one_line_naming_it(string caseName, string reason)
    {
        using var dir = new TempDir();
        var path = HostileCorpus.Write(dir.Path, caseName);
        var e = Assert.Throws<InputException>(() => new DocumentReaders().ReadFile(path));
        Assert.Equal($"{path}: {reason}", e.Message.Length > path.Length + 2 + reason.Length ? e.Message[..(path.Length + 2 + reason.Length)] : e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Fifty_megabyte_file_is_refused_before_it_is_loaded()
    {
        using var dir = new TempDir();
        var path = HostileCorpus.Write(dir.Path, "text-50mb");
        // What a user notices is the file never being loaded; allocation says that without a clock.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<InputException>(() => new DocumentReaders().ReadFile(path));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 1024 * 1024, "the file must not be read into memory");
    }

    public static TheoryData<string> Accepted() => [.. AcceptedChecks.Keys];

    private static readonly Dictionary<string, Action<IReadOnlyList<Document>, string>> AcceptedChecks = new()
    {
        ["text-19mb"] = (d, _) => Assert.True(Assert.Single(d).Text.Length > 19_000_000),
        ["single-line-5mb"] = (d, _) => Assert.DoesNotContain('\n', Assert.Single(d).Text),
        ["latin1"] = (d, _) => Assert.Contains("président de Valdoria a visité Ostmark à l'été; ça", Assert.Single(d).Text, StringComparison.Ordinal),
        ["windows-1252-quotes"] = (d, _) => Assert.Equal("Valdoria said \u201Cno\u201D \u2013 firmly.", Assert.Single(d).Text),
        ["utf16-le-bom"] = (d, _) => Assert.Equal("Ostmark grüßt Valdoria.", Assert.Single(d).Text),
        ["utf16-be-bom"] = (d, _) => Assert.Equal("Ostmark grüßt Valdoria.", Assert.Single(d).Text),
        ["utf8-bom-crlf"] = (d, _) => Assert.Equal(("Title line", "Body of a fictional story."), (Assert.Single(d).Title, d[0].Text)),
        ["nested-10000"] = (d, _) => Assert.Equal("Deep fictional text survives.", Assert.Single(d).Text),
        ["nested-unclosed-10000"] = (d, _) => Assert.Equal("Deep unclosed text.", Assert.Single(d).Text),
        ["script-payloads"] = (d, _) =>
        {
            var text = Assert.Single(d).Text;
            Assert.StartsWith("Ostmark issued a fictional statement.", text, StringComparison.Ordinal);
            foreach (var payload in new[] { "SCRIPT-PAYLOAD", "ONERROR-PAYLOAD", "SVG-PAYLOAD", "SVG-SCRIPT", "IFRAME-TEXT", "steal", "onerror", "javascript:" })
                Assert.DoesNotContain(payload, text, StringComparison.Ordinal);
        },
        // Plain text is stored as the literal characters it holds; escaping is the presenter's job.
        ["script-in-text"] = (d, _) => Assert.Contains("<script>", Assert.Single(d).Text, StringComparison.Ordinal),
        ["control-chars"] = (d, _) =>
        {
            var text = Assert.Single(d).Text;
            Assert.Equal("Valdoria signed[31m the pact today.\nNext page.", text);
        },
        ["rtl-overrides"] = (d, _) => Assert.Equal("Ostmark dias Valdoria signed it.", Assert.Single(d).Text),
        ["long-actor-name"] = (d, _) => Assert.True(Assert.Single(d).Text.Length > 10_000),
        ["spaces-and-quotes"] = (d, path) => Assert.Equal(path, Assert.Single(d).Origin),
        ["unicode-path"] = (d, path) => Assert.Equal(path, Assert.Single(d).Origin),
        ["json-ld-garbage"] = (d, _) => Assert.Equal("Fictional body text of the page.", Assert.Single(d).Text),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Hostile_file_that_is_still_text_reads_correctly_and_quickly(string caseName)
    {
        using var dir = new TempDir();
        var path = HostileCorpus.Write(dir.Path, caseName);
        var clock = Stopwatch.StartNew();
        var docs = new DocumentReaders().ReadFile(path);
        // Generous on a shared 2-core machine: AngleSharp's tree builder is quadratic in nesting depth
        // (10,000 nested <div>s parse in about 2-3 s in Release), everything else reads in well under a second.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{caseName} took {clock.Elapsed}");
        AcceptedChecks[caseName](docs, path);
        Assert.All(docs, d => Assert.DoesNotContain(d.Text, c => char.IsControl(c) && c is not '\n' and not '\t'));
    }

    [Fact]
    public void Every_generated_case_is_covered_by_a_test()
    {
        var covered = Rejected().Select(r => (string)r[0]).Concat(AcceptedChecks.Keys).ToHashSet();
        Assert.Equal(HostileCorpus.Cases.Keys.Order(), covered.Order());
        Assert.True(covered.Count >= 30);
    }
}
