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
    private readonly Casus.Ingest.DocumentReaders _readers = new();
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

    /// <summary>Casus.Ingest decodes the bytes (UTF-8, UTF-16, legacy encodings) and picks the reader
    /// (feed, HTML, aggregator page, plain text); every failure is an InputException naming the input.</summary>
    public IReadOnlyList<Document> Read(InputSource source) => _readers.Read(source);

    /// <summary>An http(s) URL fetched with Casus.Ingest's timeout, size cap and redirect limit.</summary>
    public InputSource Fetch(string url)
    {
        using var fetcher = new Casus.Ingest.Web.UrlFetcher(_readers.Options);
        return fetcher.Fetch(url);
    }

    /// <summary>The curated starter knowledge base, as documents with their claims.</summary>
    public IReadOnlyList<StarterDocument> Starter() =>
        StarterKnowledge.Parse(_data.Read("starter/facts.tsv"), _data.Version);
}
