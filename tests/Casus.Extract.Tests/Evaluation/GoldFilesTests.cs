using System.Text.RegularExpressions;
using Casus.Extract.Evaluation;
using Casus.Testing;

namespace Casus.Extract.Tests.Evaluation;

/// <summary>The committed gold files (eval/gold) stay well-formed and point at real corpus files.</summary>
public sealed partial class GoldFilesTests
{
    public static string GoldDir => Path.Combine(SharedCorpus.RepoRoot, "eval", "gold");

    public static IReadOnlyList<GoldClaim> LoadAll() =>
        Directory.GetFiles(GoldDir, "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(f => GoldFileParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();

    [Fact]
    public void Every_gold_file_parses_and_names_one_corpus_document_that_exists()
    {
        foreach (var file in Directory.GetFiles(GoldDir, "*.tsv"))
        {
            var rows = GoldFileParser.Parse(Path.GetFileName(file), File.ReadAllText(file));
            var document = Assert.Single(rows.Select(r => r.Document).Distinct());
            Assert.True(File.Exists(Path.Combine(SharedCorpus.SeedDir, document)) || File.Exists(Path.Combine(SharedCorpus.DevDir, document)),
                $"{file} names {document}, which is in neither corpus/seed nor corpus/dev");
        }
    }

    [Fact]
    public void Gold_covers_both_seeds_and_at_least_eight_dev_articles()
    {
        var documents = LoadAll().GroupBy(r => r.Document).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(documents.GetValueOrDefault(SharedCorpus.TheWeek) >= 20, "The Week gold is too thin");
        Assert.True(documents.GetValueOrDefault(SharedCorpus.Rnz) >= 20, "RNZ gold is too thin");
        var dev = Directory.GetFiles(SharedCorpus.DevDir, "*.txt").Select(Path.GetFileName).Count(d => documents.ContainsKey(d!));
        Assert.True(dev >= 8, $"only {dev} dev articles have gold");
    }

    [Fact]
    public void Actor_ids_are_iso3_codes_or_lowercase_slugs()
    {
        foreach (var row in LoadAll())
        {
            foreach (var id in row.Sources.Concat(row.Targets).Select(a => (Core.Actors.ActorId?)a).Append(row.Details.ConditionActor).OfType<Core.Actors.ActorId>())
                Assert.True(IdShape().IsMatch(id.Value), $"{row.Origin}: '{id.Value}' is neither ISO3 nor a slug");
        }
    }

    [GeneratedRegex("^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$")]
    private static partial Regex IdShape();
}
