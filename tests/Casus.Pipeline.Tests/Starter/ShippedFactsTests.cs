using System.Text.RegularExpressions;
using Casus.Core.Claims;
using Casus.Pipeline.Starter;
using Casus.Testing;

namespace Casus.Pipeline.Tests.Starter;

/// <summary>Checks the shipped data/starter/facts.tsv itself.</summary>
public sealed partial class ShippedFactsTests
{
    // Group slugs agreed in TEAM.md, plus the alliances the precedents need (nato, csto).
    private static readonly string[] AgreedGroupSlugs =
    [
        "hezbollah", "hamas", "houthis", "pmf", "kataib-hezbollah", "islamic-resistance-in-iraq",
        "axis-of-resistance", "crink", "sco", "eaeu", "un-security-council", "assad-regime", "nato", "csto",
    ];

    private static IReadOnlyList<StarterDocument> Shipped(Func<string, bool>? isKnownActor = null) =>
        StarterKnowledge.Parse(ShippedData.Read("starter/facts.tsv"), ShippedData.Read("VERSION").Trim(), isKnownActor);

    [Fact]
    public void Every_shipped_fact_parses_and_names_only_known_actors()
    {
        var states = ShippedData.Ids("lexicon/states.tsv").ToList();
        Assert.True(states.Count >= 197, "states.tsv must ship every UN member plus observers");
        var known = new HashSet<string>(states.Concat(ShippedData.Ids("lexicon/groups.tsv")).Concat(AgreedGroupSlugs), StringComparer.Ordinal);

        var documents = Shipped(known.Contains);

        Assert.InRange(documents.Sum(d => d.Ties.Count + d.States.Count), 60, 400);
    }

    [Fact]
    public void Every_evidence_span_is_its_statement_in_its_document()
    {
        foreach (var (document, ties, states) in Shipped())
        {
            foreach (var evidence in ties.Select(t => t.Evidence).Concat(states.Select(s => s.Evidence)))
            {
                Assert.Equal(evidence.Sentence, document.Text[evidence.Start..evidence.End]);
                Assert.Equal(document.Id, evidence.DocumentId);
                Assert.Equal(document.Date, evidence.Date);
                Assert.Equal(document.Url, evidence.Url);
            }
        }
    }

    [Fact]
    public void Shipped_russia_iran_treaty_has_no_mutual_defence_clause()
    {
        var treaty = Shipped().SelectMany(d => d.Ties)
            .Where(t => t is { Type: TieType.Treaty } && t.Source.Value == "RUS" && t.Target.Value == "IRN")
            .SelectMany(t => t.ClauseList);

        Assert.Contains(treaty, c => c is { Kind: ClauseKind.MutualDefence, Present: false });
        Assert.DoesNotContain(treaty, c => c is { Kind: ClauseKind.MutualDefence, Present: true });
    }

    [Fact]
    public void No_shipped_statement_repeats_ten_words_of_the_shared_corpus()
    {
        var corpus = Directory.GetFiles(SharedCorpus.SeedDir, "*.txt").Concat(Directory.GetFiles(SharedCorpus.DevDir, "*.txt"))
            .Select(path => Normalise(File.ReadAllText(path)));
        var corpusText = string.Join(" | ", corpus);

        foreach (var statement in Shipped().SelectMany(d => d.Ties.Select(t => t.Evidence.Sentence).Concat(d.States.Select(s => s.Evidence.Sentence))).Distinct())
        {
            var words = Normalise(statement).Split(' ');
            for (var i = 0; i + 10 <= words.Length; i++)
            {
                var shingle = string.Join(' ', words[i..(i + 10)]);
                Assert.False(corpusText.Contains(shingle, StringComparison.Ordinal), $"statement copies the corpus: '{shingle}'");
            }
        }
    }

    private static string Normalise(string text) => Words().Replace(text.ToLowerInvariant().Replace('’', '\''), " ").Trim();

    [GeneratedRegex(@"[^a-z0-9']+")]
    private static partial Regex Words();
}
