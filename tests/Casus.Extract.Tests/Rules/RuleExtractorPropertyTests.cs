using CsCheck;

namespace Casus.Extract.Tests.Rules;

public class RuleExtractorPropertyTests
{
    private static readonly string[] Vocabulary = [
        "Valdoria", "Brask", "Kell", "Red Hand", "Marrow", "Velk", "it", "its", "they", "the two countries", "we", "\"", "'", "’",
        "-", "–", "(", ")", ",", ".", ";", "if", "until", "not", "could", "said", "condemned", "signed a treaty", "200,000 fighters",
        "in January", "last year", "and", "as well as", "\n", "U.S.", "3.5", "including", "supported", "neither", "without"];

    private static readonly Gen<string> Words = Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]);

    [Fact]
    public void Extractor_never_throws_and_evidence_lies_inside_the_text()
    {
        var text = Gen.OneOf(Gen.String, Words.Array[0, 60].Select(w => string.Join(' ', w)));
        text.Sample(raw =>
        {
            if (raw.Trim().Length == 0 || Casus.Core.Documents.DocumentText.Normalise(raw).Length == 0) return;
            var document = FictionalWorld.Doc(raw);
            var result = FictionalWorld.Extractor.Extract(document);
            foreach (var evidence in result.Ties.Select(t => t.Evidence).Concat(result.States.Select(s => s.Evidence)))
            {
                Assert.InRange(evidence.Start, 0, document.Text.Length);
                Assert.InRange(evidence.End, evidence.Start, document.Text.Length);
                Assert.Equal(document.Text[evidence.Start..evidence.End], evidence.Sentence);
            }
        }, iter: 3000);
    }
}
