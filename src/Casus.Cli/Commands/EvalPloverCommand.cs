using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Casus.Core;
using Casus.Extract.Evaluation.Plover;
using Casus.Extract.Lexicons;
using Casus.Extract.Rules;
using Casus.Pipeline.Data;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus eval plover [--file PLOVER_GSR_CAMEO.txt] [--list N] [--json]</c>: the PLOVER
/// gold-standard records (a peer's test set: sentences coded by the field's coders with source,
/// target and event type) scored through data/lexicon/cameo-casus.tsv, for the shipped extractor
/// and, in the same run, the extractor without the field's dictionaries (Casus's own lexicon only).
/// Scoring: <see cref="PloverEvaluator"/>.
/// </summary>
public static class EvalPloverCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file") { Description = "The gold records (default: ../shared/data/cameo-plover/PLOVER_GSR_CAMEO.txt, or under $CASUS_SHARED)" };
        var listed = new Option<int>("--list") { Description = "How many misses and wrong claims to list (default 0)", DefaultValueFactory = _ => 0 };
        var json = CommonOptions.Json();
        var command = new Command("plover", "Score source, target and event type on the PLOVER gold-standard records (mapped event types)") { file, listed, json };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file) ?? DefaultFile();
            if (!File.Exists(path)) throw new InputException($"PLOVER gold file '{path}': not found (pass --file)");
            var records = PloverGoldParser.Parse(File.ReadAllText(path), Path.GetFileName(path));
            if (records.Count == 0) throw new InputException($"PLOVER gold file '{path}': no records with a sentence and an event");
            var data = (Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? ShippedData.FromDirectory(dir) : ShippedData.Embedded());
            var lexicon = data.Folder("lexicon");
            var map = CameoCasusMap.Parse(lexicon.TryGetValue(CameoCasusMap.File, out var m) ? m : throw new InputException("lexicon file 'cameo-casus.tsv' is missing"));
            var codes = lexicon.GetValueOrDefault("country-codes.tsv") ?? "";
            var shipped = new RuleExtractor(ExtractionLexicons.Parse(lexicon, data.Version));
            var ownOnly = new RuleExtractor(ExtractionLexicons.Parse(WithoutDictionaries(lexicon), data.Version));
            var report = PloverEvaluator.Evaluate(PloverCases.Build(records, shipped, codes), map);
            var baseline = PloverEvaluator.Evaluate(PloverCases.Build(records, ownOnly, codes), map);
            if (parsed.GetValue(json)) WriteJson(path, report, baseline);
            else Console.Out.Write(Render(path, report, baseline, Math.Max(0, parsed.GetValue(listed))));
            return CasusCli.Ok;
        });
        return command;
    }

    private static Dictionary<string, string> WithoutDictionaries(IReadOnlyDictionary<string, string> files) =>
        files.Where(f => f.Key is not (ExtractionLexicons.DictionaryPeopleFile or ExtractionLexicons.DictionaryOfficesFile or ExtractionLexicons.DictionaryVerbsFile))
             .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private static string DefaultFile()
    {
        var shared = Environment.GetEnvironmentVariable("CASUS_SHARED") is { Length: > 0 } s ? s : Path.Combine("..", "shared");
        return Path.Combine(shared, "data", "cameo-plover", "PLOVER_GSR_CAMEO.txt");
    }

    private static string Render(string path, PloverReport report, PloverReport baseline, int list)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine($"PLOVER gold-standard records: {path} ({report.Records} sentences; {report.Overall.Gold} of event types Casus models)");
        text.AppendLine("mapping: data/lexicon/cameo-casus.tsv; a record is found when a claim of its family has the coded source and target");
        text.AppendLine();
        text.AppendLine($"{"event type",-12} {"Casus types",-44} {"gold",5}  {"recall",7} {"precision",9}  |  {"own lexicon only: recall",25} {"precision",9}");
        foreach (var (score, before) in report.Modelled.Zip(baseline.Modelled))
            text.AppendLine(string.Format(inv, "{0,-12} {1,-44} {2,5}  {3,7:F2} {4,9}  |  {5,25:F2} {6,9}",
                score.Type, string.Join(" | ", score.TieTypes), score.Gold, score.Recall, Precision(score), before.Recall, Precision(before)));
        text.AppendLine(string.Format(inv, "{0,-12} {1,-44} {2,5}  {3,7:F2} {4,9}  |  {5,25:F2} {6,9}",
            "overall", "", report.Overall.Gold, report.Overall.Recall, Precision(report.Overall), baseline.Overall.Recall, Precision(baseline.Overall)));
        text.AppendLine(string.Format(inv, "claims: {0} right, {1} wrong (own lexicon only: {2} right, {3} wrong); {4} claims of types PLOVER does not code; {5} negated claims not counted",
            report.Overall.ClaimsRight, report.Overall.ClaimsWrong, baseline.Overall.ClaimsRight, baseline.Overall.ClaimsWrong, report.ClaimsOfUncodedTypes, report.NegatedClaimsIgnored));
        text.AppendLine($"of the {report.Overall.Gold} scored records: {report.ModelledWithoutSource} have a coded source the lexicon cannot name; {report.ModelledWithoutClaim} gave no claim at all (own lexicon only: {baseline.ModelledWithoutClaim})");
        text.AppendLine("not scored (event types Casus models no tie for): " + string.Join(", ", report.NotModelled.Select(p => $"{p.Key} {p.Value}")));
        if (list > 0)
        {
            text.AppendLine();
            text.AppendLine("misses (record id, event):");
            foreach (var miss in report.Misses.Take(list)) text.AppendLine($"  {miss.RecordId} {miss.Event}");
            text.AppendLine("wrong claims (record id, event, claim):");
            foreach (var wrong in report.WrongClaims.Take(list)) text.AppendLine($"  {wrong.RecordId} {wrong.Event}: {wrong.Claim}");
        }
        return text.ToString();
    }

    private static string Precision(PloverTypeScore score) =>
        score.ClaimsRight + score.ClaimsWrong == 0 ? "-" : score.Precision.ToString("F2", CultureInfo.InvariantCulture);

    private static void WriteJson(string path, PloverReport report, PloverReport baseline)
    {
        static object Rates(PloverTypeScore s) => new
        {
            type = s.Type, tie_types = s.TieTypes, gold = s.Gold, found = s.Found, recall = s.Recall,
            precision = s.Precision, claims_right = s.ClaimsRight, claims_wrong = s.ClaimsWrong, f1 = s.F1,
        };
        var body = new
        {
            file = path,
            records = report.Records,
            overall = Rates(report.Overall),
            by_type = report.Modelled.Select(Rates),
            not_modelled = report.NotModelled,
            claims_of_uncoded_types = report.ClaimsOfUncodedTypes,
            negated_claims_ignored = report.NegatedClaimsIgnored,
            records_without_source = report.ModelledWithoutSource,
            records_without_claim = report.ModelledWithoutClaim,
            own_lexicon_only = new { overall = Rates(baseline.Overall), by_type = baseline.Modelled.Select(Rates) },
        };
        Console.Out.WriteLine(JsonSerializer.Serialize(body, new JsonSerializerOptions { WriteIndented = true }));
    }
}
