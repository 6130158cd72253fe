using Casus.Core.Documents;
using Casus.Extract.Rules;

namespace Casus.Extract.Evaluation.Plover;

/// <summary>Runs an extractor over each gold record's sentence (one document per record, dated as
/// the record is) and resolves the record's coded actors against the same lexicon.</summary>
public static class PloverCases
{
    public static List<PloverCase> Build(IReadOnlyList<PloverRecord> records, RuleExtractor extractor, string countryCodesTsv)
    {
        var resolver = new PloverActorResolver(extractor.Lexicons.Actors, extractor.Spotter, countryCodesTsv);
        var cases = new List<PloverCase>(records.Count);
        foreach (var record in records)
        {
            var document = Document.Create(record.Text, null, null, null, record.Date, null, $"plover:{record.Id}");
            var result = extractor.Extract(document);
            cases.Add(new PloverCase(record, resolver.Resolve(record.Sources, record.Date), resolver.Resolve(record.Targets, record.Date), result.Ties));
        }
        return cases;
    }
}
