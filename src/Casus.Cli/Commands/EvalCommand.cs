using System.CommandLine;
using System.Text.Json;
using Casus.Core;
using Casus.Extract.Evaluation;
using Casus.Extract.Evaluation.Plover;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Ingest;
using Casus.Pipeline.Data;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus eval extraction --gold [NAME=]DIR_OR_FILE... [--corpus DIR...] [--baseline FILE]</c>: reads the gold files, reads each
/// document they name from the corpus folders with the ingest readers, extracts with the shipped
/// lexicons, and prints precision/recall/F1, modality accuracy, flattening, misses and false
/// positives (docs/evaluation.md). Several gold sets, or a recorded baseline, print a summary with one
/// column per set (today's extractor next to the baseline) before each set's report. The scoring
/// itself is <see cref="ExtractionEvaluator"/>.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "A gold TSV file or a folder of them, optionally named (dev=eval/gold); repeat it to score several sets side by side",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folder(s) holding the documents the gold names (default: ../shared/corpus/seed and ../shared/corpus/dev)",
            AllowMultipleArgumentsPerToken = true,
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Claims an earlier extractor made, recorded as TSV (eval/baseline/casus-rules-1-e57955a.tsv): scored on the same gold in the same run",
        };
        var plover = new Option<string?>("--plover")
        {
            Description = "Also score the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt) in the same run; details: casus eval plover",
        };
        var listed = new Option<int>("--list") { Description = "How many misses and false positives to list", DefaultValueFactory = _ => 40 };
        var json = CommonOptions.Json();
        var extraction = new Command("extraction", "Score the extractor against hand-written gold claims") { gold, corpus, baseline, plover, listed, json };
        extraction.SetAction(parsed =>
        {
            var folders = parsed.GetValue(corpus) is { Length: > 0 } given ? given : DefaultCorpus();
            var sets = parsed.GetValue(gold)!.Select(GoldSet.Parse).ToList();
            var recorded = parsed.GetValue(baseline) is { } baselinePath ? LoadBaseline(baselinePath) : null;
            var extractor = ShippedExtractor();
            var scored = new List<ScoredSet>();
            foreach (var set in sets)
            {
                var claims = LoadGold(set.Path);
                var documents = Extract(extractor, claims.Select(c => c.Document).Distinct(StringComparer.Ordinal), folders);
                var now = ExtractionEvaluator.Evaluate(claims, documents);
                var nowAnnotated = ExtractionEvaluator.Evaluate(claims, documents, annotatedKindsOnly: true);
                var before = recorded is null ? null : ExtractionEvaluator.Evaluate(claims, recorded.Value.Documents);
                var beforeAnnotated = recorded is null ? null : ExtractionEvaluator.Evaluate(claims, recorded.Value.Documents, annotatedKindsOnly: true);
                scored.Add(new ScoredSet(set.Name, set.Path, now, nowAnnotated, before, beforeAnnotated));
            }
            var baselineName = recorded?.Name;
            if (parsed.GetValue(json)) WriteJson(scored, baselineName);
            else if (scored.Count == 1 && recorded is null) Console.Out.Write(EvaluationReportText.Render(scored[0].Now, Math.Max(0, parsed.GetValue(listed))));
            else
            {
                Console.Out.Write(EvaluationSummaryText.Render(scored.Select(s => new EvaluationSummaryText.Column(s.Name, s.Now, s.NowAnnotated, s.Before, s.BeforeAnnotated)).ToList(),
                    RuleExtractor.Name, baselineName));
                if (parsed.GetValue(plover) is { } ploverFile) Console.Out.WriteLine(PloverLine(ploverFile));
                foreach (var s in scored)
                {
                    Console.Out.WriteLine();
                    Console.Out.WriteLine($"=== {s.Name} ({s.Path}), {RuleExtractor.Name} ===");
                    Console.Out.Write(EvaluationReportText.Render(s.Now, Math.Max(0, parsed.GetValue(listed))));
                }
            }
            return CasusCli.Ok;
        });
        return new Command("eval", "Measure Casus against hand-written gold data and observed outcomes") { extraction, EvalScenariosCommand.Create(), EvalPloverCommand.Create(), EvalHistoryCommand.Create(), EvalVerdictsCommand.Create() };
    }

    /// <summary>The PLOVER records' overall figures (mapped event types), today's lexicon next to Casus's own
    /// lexicon without the PETRARCH dictionaries, as <c>casus eval plover</c> computes them.</summary>
    private static string PloverLine(string path)
    {
        if (!File.Exists(path)) throw new InputException($"PLOVER gold file '{path}': not found");
        var records = PloverGoldParser.Parse(File.ReadAllText(path), Path.GetFileName(path));
        var data = ShippedData.Embedded();
        var lexicon = data.Folder("lexicon");
        var map = CameoCasusMap.Parse(lexicon.TryGetValue(CameoCasusMap.File, out var m) ? m : throw new InputException("lexicon file 'cameo-casus.tsv' is missing"));
        var codes = lexicon.GetValueOrDefault("country-codes.tsv") ?? "";
        var report = PloverEvaluator.Evaluate(PloverCases.Build(records, new RuleExtractor(ExtractionLexicons.Parse(lexicon, data.Version)), codes), map).Overall;
        var ownOnly = lexicon.Where(f => f.Key is not (ExtractionLexicons.DictionaryPeopleFile or ExtractionLexicons.DictionaryOfficesFile or ExtractionLexicons.DictionaryVerbsFile))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var before = PloverEvaluator.Evaluate(PloverCases.Build(records, new RuleExtractor(ExtractionLexicons.Parse(ownOnly, data.Version)), codes), map).Overall;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PLOVER records ({report.Gold} of mapped types): precision {report.Precision:F3}  recall {report.Recall:F3}  F1 {report.F1:F3}; own lexicon without the dictionaries: precision {before.Precision:F3}  recall {before.Recall:F3}");
    }

    /// <summary>One gold set on the command line: <c>name=path</c>, or a bare path named after its folder.</summary>
    private sealed record GoldSet(string Name, string Path)
    {
        public static GoldSet Parse(string argument)
        {
            var eq = argument.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && !File.Exists(argument) && !Directory.Exists(argument)) return new GoldSet(argument[..eq], argument[(eq + 1)..]);
            var trimmed = argument.TrimEnd('/', '\\');
            return new GoldSet(System.IO.Path.GetFileName(trimmed) is { Length: > 0 } n ? n : trimmed, argument);
        }
    }

    private sealed record ScoredSet(string Name, string Path, EvaluationReport Now, EvaluationReport NowAnnotated, EvaluationReport? Before, EvaluationReport? BeforeAnnotated);

    private static (string Name, IReadOnlyList<ExtractedDocument> Documents)? LoadBaseline(string path)
    {
        if (!File.Exists(path)) throw new InputException($"baseline '{path}': no such file");
        var name = Path.GetFileNameWithoutExtension(path) + " (recorded)";
        return (name, RecordedPredictions.Parse(Path.GetFileName(path), File.ReadAllText(path), name));
    }

    /// <summary>The numbers scripts and tests check, snake_case like every Casus JSON. One set prints
    /// as before (an object); several print as <c>{"sets": [...]}</c>.</summary>
    private static void WriteJson(List<ScoredSet> sets, string? baseline)
    {
        static object Rates(Scores s) => new { precision = s.Precision, recall = s.Recall, f1 = s.F1, gold = s.Gold, predicted = s.Predicted, matched = s.TruePositives };
        static object Body(EvaluationReport report) => new
        {
            overall = Rates(report.Overall),
            modality_accuracy = report.ModalityAccuracy,
            flattening = report.Flattenings.Count,
            details_checked = report.DetailsChecked,
            details_wrong = report.DetailsWrong,
            documents_without_ties = report.EmptyDocuments,
            by_kind = report.ByKind.ToDictionary(p => p.Key, p => Rates(p.Value)),
            by_document = report.ByDocument.ToDictionary(p => p.Key, p => Rates(p.Value)),
            flattened = report.Flattenings.Select(f => new { gold = f.Gold.Origin, predicted = f.Predicted.ToString(), sentence = f.Predicted.Evidence.Sentence }),
            misses = report.Misses.Select(g => new { gold = g.Origin, claim = g.ToString() }),
            false_positives = report.FalsePositives.Select(p => new { document = p.Document, claim = p.ToString(), sentence = p.Evidence.Sentence }),
            missing_documents = report.MissingDocuments,
        };
        var options = new JsonSerializerOptions { WriteIndented = true };
        if (sets.Count == 1 && baseline is null) { Console.Out.WriteLine(JsonSerializer.Serialize(Body(sets[0].Now), options)); return; }
        var body = new
        {
            extractor = RuleExtractor.Name,
            baseline,
            sets = sets.Select(s => new
            {
                name = s.Name,
                gold = s.Path,
                now = Body(s.Now),
                annotated_kinds_only = Rates(s.NowAnnotated.Overall),
                baseline = s.Before is null ? null : Rates(s.Before.Overall),
                baseline_annotated_kinds_only = s.BeforeAnnotated is null ? null : Rates(s.BeforeAnnotated.Overall),
            }),
        };
        Console.Out.WriteLine(JsonSerializer.Serialize(body, options));
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
    private static RuleExtractor ShippedExtractor()
    {
        var data = Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? ShippedData.FromDirectory(dir) : ShippedData.Embedded();
        return new RuleExtractor(ExtractionLexicons.Parse(data.Folder("lexicon"), data.Version));
    }

    private static List<ExtractedDocument> Extract(RuleExtractor extractor, IEnumerable<string> names, IReadOnlyList<string> folders)
    {
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
