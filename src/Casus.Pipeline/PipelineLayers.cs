using Casus.Core.Documents;
using Casus.Extract;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Ingest;
using Casus.Ingest.Outlets;
using Casus.Ingest.Web;
using Casus.Pipeline.Data;
using Casus.Pipeline.Starter;
using Casus.Reason;

namespace Casus.Pipeline;

/// <summary>The layers a workspace wires together, built once from the shipped data.</summary>
internal sealed class PipelineLayers
{
    private readonly ShippedData _data;
    private readonly Lazy<IScenarioEngine> _engine;
    private readonly DocumentReaders _readers = new(IngestOptions.Default);
    private readonly OutletDirectory _outlets;

    private PipelineLayers(ShippedData data, ExtractionLexicons lexicons)
    {
        _data = data;
        Lexicons = lexicons;
        Extractor = new RuleExtractor(lexicons);
        _outlets = data.Find("ingest/outlets.tsv") is { } outlets ? OutletDirectory.Parse(outlets) : OutletDirectory.Empty;
        // Parsed on first use: ingesting never needs the reasoning weights.
        // The news-text engine joined with history's outside view of every state (data/history, data/reasoning/structural.tsv).
        _engine = new Lazy<IScenarioEngine>(() => new History.HistoryKnowledge(data).Decorate(ScenarioEngine.FromWeights(data.Read("reasoning/weights.tsv"))));
    }

    public ExtractionLexicons Lexicons { get; }

    public IClaimExtractor Extractor { get; }

    public IScenarioEngine Engine => _engine.Value;

    public IngestOptions IngestOptions => _readers.Options;

    public static PipelineLayers Load(ShippedData data) =>
        new(data, ExtractionLexicons.Parse(data.Folder("lexicon"), data.Version));

    /// <summary>
    /// Decodes the input and lets the matching reader (feed, HTML, aggregator page, text) split it into
    /// documents; a document that names no outlet gets one from its address or file name when known.
    /// </summary>
    public IReadOnlyList<Document> Read(InputSource source) => _readers.Read(source).Select(_outlets.Complete).ToList();

    /// <summary>Reads a file after checking its size; a date in its name is the fallback date.</summary>
    public InputSource LoadFile(string path) => DocumentReaders.LoadFile(path, _readers.Options);

    public InputSource Fetch(string url)
    {
        using var fetcher = new UrlFetcher(_readers.Options);
        return fetcher.Fetch(url);
    }

    /// <summary>The curated starter knowledge base, as documents with their claims.</summary>
    public IReadOnlyList<StarterDocument> Starter() =>
        StarterKnowledge.Parse(_data.Read("starter/facts.tsv"), _data.Version);
}
