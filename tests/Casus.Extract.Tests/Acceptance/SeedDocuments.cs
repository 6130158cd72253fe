using System.Globalization;
using System.Text.RegularExpressions;
using Casus.Core.Documents;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Testing;

namespace Casus.Extract.Tests.Acceptance;

/// <summary>The two seed articles as documents, built here (not by the ingest layer) so that these
/// tests judge extraction alone; and the real lexicon of the repository.</summary>
public static partial class SeedDocuments
{
    public static ExtractionLexicons RealLexicon { get; } =
        ExtractionLexicons.Load(Path.Combine(SharedCorpus.RepoRoot, "data", "lexicon"), File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "data", "VERSION")).Trim());

    public static RuleExtractor Extractor { get; } = new(RealLexicon);

    /// <summary>The Week: plain text after its inline <c>date YYYY-MM-DD</c> header.</summary>
    public static Document TheWeek()
    {
        var raw = File.ReadAllText(SharedCorpus.Seed(SharedCorpus.TheWeek));
        var header = DateHeader().Match(raw);
        return Document.Create(raw[header.Length..], "Iran's allies", "The Week", null,
            DateOnly.ParseExact(header.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), null, SharedCorpus.TheWeek);
    }

    /// <summary>RNZ: the main article only, from after its repeated headline to "Related Articles".</summary>
    public static Document Rnz()
    {
        var raw = File.ReadAllText(SharedCorpus.Seed(SharedCorpus.Rnz)).Replace("\r\n", "\n");
        var headline = raw.Split('\n').Select(l => l.Trim()).First(l => l.Length > 20);
        var start = raw.LastIndexOf(headline, raw.IndexOf("Related Articles", StringComparison.Ordinal), StringComparison.Ordinal) + headline.Length;
        var end = raw.IndexOf("Related Articles", StringComparison.Ordinal);
        return Document.Create(raw[start..end], headline, "RNZ", null, new DateOnly(2025, 6, 21), null, SharedCorpus.Rnz);
    }

    public static ExtractionResult Extract(Document document) => Extractor.Extract(document);

    [GeneratedRegex(@"^\s*date (\d{4}-\d{2}-\d{2})\s*")]
    private static partial Regex DateHeader();
}
