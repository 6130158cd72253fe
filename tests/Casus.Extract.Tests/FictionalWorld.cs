using Casus.Core.Documents;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Testing;

namespace Casus.Extract.Tests;

/// <summary>A small invented world (PETRARCH's habit): the engine's tests do not break when the
/// real actor lexicon changes. Cue and modality words are the repository's own data files.</summary>
public static class FictionalWorld
{
    public const string States = """
        # id	kind	name	aliases	part_of	notes
        VAL	state	Valdoria	Brask | Valdorian | Valdorians
        OST	state	Ostrana	Kell | Ostranan
        MAR	state	Marovia	~Marrow | Marovian
        TES	state	Tessel	Tesselian
        QUR	state	Quoria	Quorian
        """;

    public const string Groups = """
        northern-compact	bloc	Northern Compact	the Compact
        red-hand	armed_group	Red Hand		northern-compact
        red-hand-brigade	armed_group	Red Hand Brigade	Red Hand Brigades	red-hand
        kellish-front	armed_group	Kell'ish Front	Kellish Front
        """;

    public const string People = """
        Anna Velk	Velk	VAL	president	2019-01-01	2024-01-01
        Piet Oran	Oran | Velk	VAL	president	2024-01-02
        Ivo Darr	Darr	red-hand-brigade	commander
        """;

    private static readonly Lazy<ExtractionLexicons> Shared = new(() => Lexicons());

    public static ExtractionLexicons Lexicon => Shared.Value;

    public static RuleExtractor Extractor { get; } = new(Lexicon);

    public static ExtractionLexicons Lexicons(string? states = null, string? groups = null, string? people = null) =>
        ExtractionLexicons.Parse(new Dictionary<string, string>
        {
            ["states.tsv"] = Tsv(states ?? States),
            ["groups.tsv"] = Tsv(groups ?? Groups),
            ["people.tsv"] = Tsv(people ?? People),
            ["cues.tsv"] = RepoLexicon("cues.tsv"),
            ["cues-news.tsv"] = RepoLexicon("cues-news.tsv"),
            ["modality.tsv"] = RepoLexicon("modality.tsv"),
        }, "test");

    public static string RepoLexicon(string file) => File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "data", "lexicon", file));

    public static Document Doc(string text, string date = "2025-06-17") =>
        Document.Create(text, "t", "Test Outlet", null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null, "test");

    public static ExtractionResult Run(string text, string date = "2025-06-17") => Extractor.Extract(Doc(text, date));

    /// <summary>The fixtures are written with spaces for readability where a tab is meant: two or more
    /// spaces or a tab separate columns.</summary>
    private static string Tsv(string text) =>
        string.Join('\n', text.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), "\t| {2,}", "\t")));
}
