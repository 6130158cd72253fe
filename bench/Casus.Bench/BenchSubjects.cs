using System.Text;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Extract.Text;
using Casus.Ingest;

namespace Casus.Bench;

/// <summary>
/// What is measured, built once from the real lexicon (<c>data/lexicon</c>): the whole pipeline
/// from file bytes to claims, its stages alone, the alias spotter alone, and the naive baseline.
/// </summary>
public sealed class BenchSubjects
{
    private readonly List<AliasHit> _hits = [];
    private readonly List<TextSpan> _sentences = [];

    public BenchSubjects(BenchCorpus corpus)
    {
        var data = Path.Combine(corpus.RepoRoot, "data");
        var version = File.ReadAllText(Path.Combine(data, "VERSION")).Trim();
        Lexicons = ExtractionLexicons.Load(Path.Combine(data, "lexicon"), version);
        Extractor = new RuleExtractor(Lexicons);
        Readers = new DocumentReaders();
        Aliases = Lexicons.Actors.SurfaceForms.Select(f => f.Text).ToList();
        // Article text as the extractor sees it, so spotter and baseline read the same characters.
        // Lazy: reading 8 MB is most of a profiling run's set-up, and only the stage runs need it.
        _texts = new Lazy<IReadOnlyList<(string, long)>>(() => corpus.Repeated
            .SelectMany(a => Readers.Read(new InputSource(a.Name, a.Bytes)))
            .Select(d => (d.Text, (long)Encoding.UTF8.GetByteCount(d.Text)))
            .ToList());
    }

    private readonly Lazy<IReadOnlyList<(string Text, long Bytes)>> _texts;

    public ExtractionLexicons Lexicons { get; }
    public RuleExtractor Extractor { get; }
    public DocumentReaders Readers { get; }
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every document's text with its UTF-8 size.</summary>
    public IReadOnlyList<(string Text, long Bytes)> Texts => _texts.Value;

    /// <summary>Bytes → documents (decode, choose reader, split page) → claims.</summary>
    public int EndToEnd(string name, byte[] bytes)
    {
        var claims = 0;
        foreach (var document in Readers.Read(new InputSource(name, bytes)))
        {
            var result = Extractor.Extract(document);
            claims += result.Ties.Count + result.States.Count;
        }
        return claims;
    }

    /// <summary>Only the reading stage of <see cref="EndToEnd"/>.</summary>
    public int Read(string name, byte[] bytes) => Readers.Read(new InputSource(name, bytes)).Count;

    public int SplitSentences(string text)
    {
        _sentences.Clear();
        SentenceSplitter.Split(text, _sentences);
        return _sentences.Count;
    }

    public int Spot(string text)
    {
        _hits.Clear();
        Extractor.Spotter.Spot(text, _hits);
        return _hits.Count;
    }
}
