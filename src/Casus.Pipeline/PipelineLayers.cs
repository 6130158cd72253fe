using Casus.Core;
using Casus.Core.Documents;
using Casus.Extract;
using Casus.Ingest;
using Casus.Pipeline.Data;
using Casus.Pipeline.Pending;
using Casus.Pipeline.Starter;
using Casus.Reason;

namespace Casus.Pipeline;

/// <summary>The layers a workspace wires together, built once from the shipped data.</summary>
internal sealed class PipelineLayers
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly ShippedData _data;
    private readonly Lazy<IScenarioEngine> _engine;

    private PipelineLayers(ShippedData data, ExtractionLexicons lexicons)
    {
        _data = data;
        Lexicons = lexicons;
        Extractor = new RuleExtractor(lexicons);
        // Parsed on first use: ingesting never needs the reasoning weights.
        _engine = new Lazy<IScenarioEngine>(() => ScenarioEngine.FromWeights(data.Read("reasoning/weights.tsv")));
        _readers = DocumentReaders.Default;
    }

    public ExtractionLexicons Lexicons { get; }

    public IClaimExtractor Extractor { get; }

    public IScenarioEngine Engine => _engine.Value;

    public static PipelineLayers Load(ShippedData data) =>
        new(data, ExtractionLexicons.Parse(data.Folder("lexicon"), data.Version));

    /// <summary>The first reader that recognises the input reads it.</summary>
    public IReadOnlyList<Document> Read(InputSource source)
    {
        var reader = _readers.FirstOrDefault(r => r.CanRead(source))
            ?? throw new InputException($"'{source.Origin}': not a format Casus reads (text, HTML, RSS or Atom)");
        return reader.Read(source);
    }

    public InputSource Fetch(string url) => UrlFetcher.Fetch(url);

    /// <summary>The curated starter knowledge base, as documents with their claims.</summary>
    public IReadOnlyList<StarterDocument> Starter() =>
        StarterKnowledge.Parse(_data.Read("starter/facts.tsv"), _data.Version);
}
