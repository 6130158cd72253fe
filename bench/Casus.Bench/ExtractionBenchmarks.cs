using BenchmarkDotNet.Attributes;

namespace Casus.Bench;

/// <summary>
/// BenchmarkDotNet view of the same subjects as <see cref="QuickRun"/>: one operation is one pass
/// over the distinct corpus articles (seeds + dev); the MB/s column divides their size by the mean.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private BenchCorpus _corpus = null!;
    private BenchSubjects _subjects = null!;
    private NaiveRegexSpotter _naive = null!;
    private List<(string Text, long Bytes)> _texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Load();
        _subjects = new BenchSubjects(_corpus);
        _naive = new NaiveRegexSpotter(_subjects.Aliases);
        _texts = _corpus.Articles.SelectMany(a => _subjects.Readers.Read(new Ingest.InputSource(a.Name, a.Bytes)))
            .Select(d => (d.Text, (long)System.Text.Encoding.UTF8.GetByteCount(d.Text))).ToList();
    }

    [Benchmark(Description = "end to end")]
    public int EndToEnd() => _corpus.Articles.Sum(a => _subjects.EndToEnd(a.Name, a.Bytes));

    [Benchmark(Description = "alias spotting")]
    public int Spot() => _texts.Sum(t => _subjects.Spot(t.Text));

    [Benchmark(Baseline = true, Description = "naive regex per alias")]
    public int Naive() => _texts.Sum(t => _naive.Count(t.Text));
}
