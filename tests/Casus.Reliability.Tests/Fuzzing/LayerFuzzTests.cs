using System.Diagnostics;
using Casus.Core;
using Casus.Core.Documents;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Ingest;
using Casus.Testing;
using CsCheck;

namespace Casus.Reliability.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the two layers that read untrusted text, called directly: the readers
/// and text/HTML cleaner (<see cref="DocumentReaders"/>) and the extractor (<see cref="RuleExtractor"/>).
/// Bounded iterations (<see cref="FuzzInputs.Iterations"/>), one thread, a time limit per input.
/// </summary>
public sealed class LayerFuzzTests
{
    // A hang guard, not a speed test (speed lives in bench/): generous for a loaded 2-core CI machine.
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);
    private static readonly Lazy<RuleExtractor> Extractor = new(() => new RuleExtractor(ExtractionLexicons.Parse(LexiconFiles(), "fuzz")));

    [Fact]
    public void Readers_return_normalised_documents_or_throw_only_an_input_error_naming_the_input()
    {
        var readers = new DocumentReaders();
        var counter = 0;
        Gen.Select(FuzzInputs.Bytes, FuzzInputs.Extension).Sample((bytes, extension) =>
        {
            var origin = $"fuzz-{++counter}{extension}";
            var clock = Stopwatch.StartNew();
            IReadOnlyList<Document> documents;
            try
            {
                documents = readers.Read(new InputSource(origin, bytes));
            }
            catch (InputException e)
            {
                Assert.Contains(origin, e.Message);
                Assert.DoesNotContain('\n', e.Message);
                return;
            }
            Assert.True(clock.Elapsed < PerInput, $"{origin}: {bytes.Length} bytes took {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var document in documents)
            {
                Assert.False(string.IsNullOrWhiteSpace(document.Text));
                Assert.Equal(DocumentText.Normalise(document.Text), document.Text);
                Assert.Equal(DocumentText.Hash(document.Text), document.Id);
            }
        }, iter: FuzzInputs.Iterations, threads: 1, print: Print);
        Assert.True(counter >= FuzzInputs.Iterations, $"only {counter} inputs were tried");
    }

    [Fact]
    public void Extractor_cites_exact_sentences_inside_the_document_and_never_throws()
    {
        FuzzInputs.Text.Where(t => DocumentText.Normalise(t).Length > 0).Sample(text =>
        {
            var document = Document.Create(text, null, null, null, new DateOnly(2025, 6, 17), null, "fuzz.txt");
            var clock = Stopwatch.StartNew();
            var result = Extractor.Value.Extract(document);
            Assert.True(clock.Elapsed < PerInput, $"extraction of {text.Length} characters took {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var evidence in result.Ties.Select(t => t.Evidence).Concat(result.States.Select(s => s.Evidence)))
            {
                Assert.Equal(document.Id, evidence.DocumentId);
                Assert.True(0 <= evidence.Start && evidence.Start <= evidence.End && evidence.End <= document.Text.Length,
                    $"evidence {evidence.Start}..{evidence.End} outside a text of {document.Text.Length}");
                Assert.Equal(evidence.Sentence, document.Text[evidence.Start..evidence.End]);
            }
        }, iter: FuzzInputs.Iterations, threads: 1);
    }

    [Fact]
    public void Fuzz_inputs_reach_the_extractor_s_claim_paths()
    {
        // Guards the generator: if it stopped producing text the extractor finds claims in, the
        // property above would pass vacuously.
        var withClaims = 0;
        FuzzInputs.Text.Where(t => DocumentText.Normalise(t).Length > 0).Sample(text =>
        {
            var result = Extractor.Value.Extract(Document.Create(text, null, null, null, null, null, "fuzz.txt"));
            if (result.Ties.Count + result.States.Count > 0) withClaims++;
        }, iter: 500, threads: 1);
        Assert.True(withClaims >= 5, $"only {withClaims} of 500 generated texts produced a claim");
    }

    private static Dictionary<string, string> LexiconFiles() =>
        Directory.GetFiles(Path.Combine(SharedCorpus.RepoRoot, "data", "lexicon"), "*.tsv")
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));

    private static string Print((byte[] Bytes, string Extension) input) =>
        $"{input.Extension} [{input.Bytes.Length} bytes] {Convert.ToHexString(input.Bytes.AsSpan(0, Math.Min(input.Bytes.Length, 120)))}";
}
