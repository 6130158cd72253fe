using System.Globalization;
using System.Text;

namespace Casus.Bench;

/// <summary>
/// <c>-- dump</c>: every claim the extractor draws from the bench corpus, one canonical line each,
/// so a speed change can be checked to leave the output byte-identical (diff two dumps).
/// <c>-- dump seed dev news</c> dumps those folders of the shared corpus instead of the bench's
/// seed and dev articles (the news reports exercise grammar the bench corpus does not).
/// </summary>
public static class DumpRun
{
    public static int Run(IReadOnlyList<string>? folders = null)
    {
        var corpus = BenchCorpus.Load();
        var subjects = new BenchSubjects(corpus);
        var articles = folders is { Count: > 0 } ? BenchCorpus.ReadFolders(folders) : corpus.Articles;
        var output = new StringBuilder();
        foreach (var (name, bytes) in articles)
        {
            foreach (var document in subjects.Readers.Read(new Ingest.InputSource(name, bytes)))
            {
                var result = subjects.Extractor.Extract(document);
                output.Append(CultureInfo.InvariantCulture, $"# {name} {document.Id}\n");
                foreach (var t in result.Ties)
                {
                    var clauses = t.Clauses is null ? "" : string.Join(' ', t.Clauses.Select(c => $"{(c.Present ? '+' : '-')}{c.Kind}:{c.Condition}"));
                    output.Append(CultureInfo.InvariantCulture,
                        $"tie {t.Source} {t.Target} {t.Type} {t.Sign} {t.Modality} [{t.Attribution}] {t.ValidFrom} {t.ValidUntil} [{clauses}] [{t.Condition}] {t.ConditionActor} [{t.Cue}] @{t.Evidence.Start}-{t.Evidence.End}\n");
                }
                foreach (var s in result.States)
                    output.Append(CultureInfo.InvariantCulture,
                        $"state {s.Actor} {s.Kind} {s.Modality} {s.Quantity} [{s.Attribution}] {s.ValidFrom} {s.ValidUntil} [{s.Context}] [{s.Cue}] @{s.Evidence.Start}-{s.Evidence.End}\n");
                foreach (var c in result.CandidateActors) output.Append(CultureInfo.InvariantCulture, $"candidate {c}\n");
            }
        }
        Console.Write(output.ToString());
        return 0;
    }
}
