using Casus.Core;
using Casus.Core.Documents;
using Casus.Extract;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Ingest;
using Casus.Ingest.Web;
using Casus.Pipeline.Data;
using Casus.Pipeline.Starter;
using Casus.Reason;

namespace Casus.Pipeline;

/// <summary>The layers a workspace wires together, built once from the shipped data.</summary>
internal sealed class PipelineLayers
{
    private readonly DocumentReaders _readers = new();
    private readonly ShippedData _data;
    private readonly Lazy<IScenarioEngine> _engine;

    private PipelineLayers(ShippedData data, ExtractionLexicons lexicons)
    {
        _data = data;
        Lexicons = lexicons;
        Extractor = new RuleExtractor(lexicons);
        // Parsed on first use: ingesting never needs the reasoning weights.
        _engine = new Lazy<IScenarioEngine>(() => ScenarioEngine.FromWeights(data.Read("reasoning/weights.tsv")));
    }

    public ExtractionLexicons Lexicons { get; }

    public IClaimExtractor Extractor { get; }

    public IScenarioEngine Engine => _engine.Value;

    public static PipelineLayers Load(ShippedData data) =>
        new(data, ExtractionLexicons.Parse(data.Folder("lexicon"), data.Version));

    /// <summary>Decodes and reads an input with the reader its content calls for (text, aggregator page, HTML, feed).</summary>
    public IReadOnlyList<Document> Read(InputSource source) => _readers.Read(source);

    /// <summary>A file, size-checked before loading, with the date in its name as fallback.</summary>
    public InputSource Load(string path) => DocumentReaders.LoadFile(path, _readers.Options);

    public InputSource Fetch(string url)
    {
        using var fetcher = new UrlFetcher(_readers.Options);
        return fetcher.Fetch(url);
    }

    /// <summary>The curated starter knowledge base, as documents with their claims.</summary>
    public IReadOnlyList<StarterDocument> Starter() =>
        StarterKnowledge.Parse(_data.Read("starter/facts.tsv"), _data.Version);
}
