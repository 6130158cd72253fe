using System.CommandLine;
using System.Text.Json;
using Casus.Core;
using Casus.Extract.Evaluation;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Ingest;
using Casus.Pipeline.Data;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus eval extraction --gold DIR_OR_FILE [--corpus DIR...]</c>: reads the gold files, reads each
/// document they name from the corpus folders with the ingest readers, extracts with the shipped
/// lexicons, and prints precision/recall/F1, modality accuracy, flattening, misses and false
/// positives (docs/evaluation.md). The scoring itself is <see cref="ExtractionEvaluator"/>.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A gold TSV file or a folder of them (eval/gold)", Required = true };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folder(s) holding the documents the gold names (default: ../shared/corpus/seed and ../shared/corpus/dev)",
            AllowMultipleArgumentsPerToken = true,
        };
        var listed = new Option<int>("--list") { Description = "How many misses and false positives to list", DefaultValueFactory = _ => 40 };
        var json = CommonOptions.Json();
        var extraction = new Command("extraction", "Score the extractor against hand-written gold claims") { gold, corpus, listed, json };
        extraction.SetAction(parsed =>
        {
            var claims = LoadGold(parsed.GetValue(gold)!);
            var folders = parsed.GetValue(corpus) is { Length: > 0 } given ? given : DefaultCorpus();
            var documents = Extract(claims.Select(c => c.Document).Distinct(StringComparer.Ordinal), folders);
            var report = ExtractionEvaluator.Evaluate(claims, documents);
            if (parsed.GetValue(json)) WriteJson(report);
            else Console.Out.Write(EvaluationReportText.Render(report, Math.Max(0, parsed.GetValue(listed))));
            return CasusCli.Ok;
        });
        return new Command("eval", "Measure Casus against hand-written gold data and observed outcomes") { extraction, EvalScenariosCommand.Create(), EvalHistoryCommand.Create() };
    }

    /// <summary>The numbers scripts and tests check, snake_case like every Casus JSON.</summary>
    private static void WriteJson(EvaluationReport report)
    {
        static object Rates(Scores s) => new { precision = s.Precision, recall = s.Recall, f1 = s.F1, gold = s.Gold, predicted = s.Predicted, matched = s.TruePositives };
        var body = new
        {
            overall = Rates(report.Overall),
            modality_accuracy = report.ModalityAccuracy,
            flattening = report.Flattenings.Count,
            details_checked = report.DetailsChecked,
            details_wrong = report.DetailsWrong,
            by_kind = report.ByKind.ToDictionary(p => p.Key, p => Rates(p.Value)),
            by_document = report.ByDocument.ToDictionary(p => p.Key, p => Rates(p.Value)),
            flattened = report.Flattenings.Select(f => new { gold = f.Gold.Origin, predicted = f.Predicted.ToString(), sentence = f.Predicted.Evidence.Sentence }),
            misses = report.Misses.Select(g => new { gold = g.Origin, claim = g.ToString() }),
            false_positives = report.FalsePositives.Select(p => new { document = p.Document, claim = p.ToString(), sentence = p.Evidence.Sentence }),
            missing_documents = report.MissingDocuments,
        };
        Console.Out.WriteLine(JsonSerializer.Serialize(body, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static List<GoldClaim> LoadGold(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path]
            : throw new InputException($"gold '{path}': no such file or folder");
        if (files.Length == 0) throw new InputException($"gold '{path}': no .tsv files in the folder");
        return files.SelectMany(f => GoldFileParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    private static string[] DefaultCorpus() =>
        new[] { "seed", "dev" }.Select(s => Path.Combine("..", "shared", "corpus", s)).Where(Directory.Exists).ToArray();

    /// <summary>Each named document, read and extracted. The page's main article carries the file
    /// name; items split off it (Related Articles) get "name#2", … so gold rows never score them.</summary>
    private static List<ExtractedDocument> Extract(IEnumerable<string> names, IReadOnlyList<string> folders)
    {
        var data = ShippedData.Embedded();
        var extractor = new RuleExtractor(ExtractionLexicons.Parse(data.Folder("lexicon"), data.Version));
        var readers = new DocumentReaders();
        var result = new List<ExtractedDocument>();
        foreach (var name in names)
        {
            var path = folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists)
                ?? throw new InputException($"gold document '{name}': not found in {(folders.Count == 0 ? "any corpus folder (pass --corpus)" : string.Join(", ", folders))}");
            var read = readers.ReadFile(path);
            var main = read.FirstOrDefault(d => d.ParentId is null) ?? read[0];
            var related = 1;
            foreach (var document in read)
                result.Add(new ExtractedDocument(document == main ? name : $"{name}#{++related}", extractor.Extract(document)));
        }
        return result;
    }
}
