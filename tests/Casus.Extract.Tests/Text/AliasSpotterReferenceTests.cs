using Casus.Extract.Tests.Acceptance;
using Casus.Extract.Text;
using Casus.Testing;

namespace Casus.Extract.Tests.Text;

/// <summary>
/// The spotter's index (forms by first word, a length filter, word-run skipping) must find exactly
/// what the plain rule finds: scanning left to right, at each position the longest form (equal
/// lengths: the earlier form) that starts there on a word boundary and ends on one wins, and the
/// scan resumes after it. Checked with the real lexicon (20,000+ forms) on every article of the
/// shared corpus and on made-up text with hyphens, apostrophes, digits and non-ASCII letters.
/// </summary>
public class AliasSpotterReferenceTests
{
    private static readonly IReadOnlyList<string> Forms = SeedDocuments.RealLexicon.Actors.SurfaceForms.Select(f => f.Text).ToList();
    private static readonly AliasSpotter Spotter = new(Forms);
    private static readonly Dictionary<char, int[]> ByFirstChar = Enumerable.Range(0, Forms.Count)
        .Where(i => Forms[i].Length > 0)
        .GroupBy(i => Forms[i][0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(i => Forms[i].Length).ToArray());

    private static List<AliasHit> Reference(string text)
    {
        var hits = new List<AliasHit>();
        var p = 0;
        while (p < text.Length)
        {
            var form = -1;
            var wordStart = p == 0 || !char.IsLetterOrDigit(text[p - 1]) || !char.IsLetterOrDigit(text[p]);
            if (wordStart && ByFirstChar.TryGetValue(text[p], out var candidates))
            {
                foreach (var i in candidates)
                {
                    var value = Forms[i];
                    if (!text.AsSpan(p).StartsWith(value, StringComparison.Ordinal)) continue;
                    var after = p + value.Length;
                    if (after < text.Length && char.IsLetterOrDigit(text[after]) && char.IsLetterOrDigit(value[^1])) continue;
                    form = i;
                    break;
                }
            }
            if (form < 0) { p++; continue; }
            hits.Add(new AliasHit(p, Forms[form].Length, form));
            p += Forms[form].Length;
        }
        return hits;
    }

    public static TheoryData<string> CorpusFolders => new() { "seed", "dev", "news" };

    [Theory]
    [MemberData(nameof(CorpusFolders))]
    public void Finds_what_the_plain_rule_finds_in_the_shared_corpus(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(SharedCorpus.Root, "corpus", folder), "*.txt");
        Assert.NotEmpty(files);
        var total = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var expected = Reference(text);
            Assert.Equal(expected, Spotter.Spot(text));
            total += expected.Count;
        }
        Assert.True(total > 0, "the corpus names some actor");
    }

    [Fact]
    public void Finds_what_the_plain_rule_finds_around_hyphens_apostrophes_digits_and_accents()
    {
        var some = Forms.Where((_, i) => i % 97 == 0).Take(200).ToArray();
        var glue = new[] { " ", "-", "'s ", "’", "2", "é", "(", ".", ", ", "\n", "" };
        var random = new Random(13);
        for (var round = 0; round < 300; round++)
        {
            var parts = Enumerable.Range(0, 12).Select(_ => random.Next(3) == 0 ? some[random.Next(some.Length)] : glue[random.Next(glue.Length)]);
            var text = string.Concat(parts);
            Assert.Equal(Reference(text), Spotter.Spot(text));
        }
    }
}
