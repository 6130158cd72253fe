namespace Casus.Extract.Evaluation;

/// <summary>
/// Scores extracted claims against gold claims: precision, recall and F1 overall, per claim kind
/// and per document; modality accuracy on found claims; modality flattening; misses and false
/// positives for debugging. Pure: the caller reads files and runs the extractor.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>Only documents the gold names are scored; a gold document with no extraction counts
    /// all its rows as missed.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<GoldClaim> gold, IEnumerable<ExtractedDocument> extracted) =>
        Evaluate(gold, extracted, annotatedKindsOnly: false);

    /// <param name="annotatedKindsOnly">Score only predictions of kinds the gold set annotates anywhere
    /// (a gold written before a kind existed can neither confirm nor refute it); the rest are counted in
    /// <see cref="EvaluationReport.Unscored"/>, not dropped silently.</param>
    public static EvaluationReport Evaluate(IReadOnlyList<GoldClaim> gold, IEnumerable<ExtractedDocument> extracted, bool annotatedKindsOnly)
    {
        var annotated = new HashSet<string>(gold.SelectMany(g => g.Kinds).Select(k => k.Name), StringComparer.Ordinal);
        var unscored = 0;
        var byName = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var document in extracted) byName.TryAdd(document.Name, document);

        var matches = new List<ClaimMatch>();
        var misses = new List<GoldClaim>();
        var falsePositives = new List<PredictedClaim>();
        var flattenings = new List<Flattening>();
        var missing = new List<string>();
        var byKind = new Dictionary<string, Scores>(StringComparer.Ordinal);
        var byDocument = new Dictionary<string, Scores>(StringComparer.Ordinal);

        foreach (var group in gold.GroupBy(g => g.Document, StringComparer.Ordinal))
        {
            var rows = group.ToList();
            if (!byName.TryGetValue(group.Key, out var document))
            {
                missing.Add(group.Key);
                document = new ExtractedDocument(group.Key, new ExtractionResult([], [], []));
            }
            var predicted = PredictedClaim.Distinct(document);
            if (annotatedKindsOnly)
            {
                var kept = predicted.Where(p => annotated.Contains(p.Kind.Name)).ToList();
                unscored += predicted.Count - kept.Count;
                predicted = kept;
            }
            var outcome = ClaimMatcher.Match(rows, predicted);

            foreach (var (g, p) in outcome.Pairs)
            {
                matches.Add(new ClaimMatch(g, p, g.AcceptsModality(p.Kind, p.Modality), DetailChecks.Mismatches(g.Details, p)));
                Add(byKind, p.Kind.Name, new Scores(1, 0, 0));
            }
            foreach (var g in outcome.Unmatched) Add(byKind, g.PrimaryKind.Name, new Scores(0, 0, 1));
            foreach (var p in outcome.Spurious) Add(byKind, p.Kind.Name, new Scores(0, 1, 0));
            Add(byDocument, group.Key, new Scores(outcome.Pairs.Count, outcome.Spurious.Count, outcome.Unmatched.Count));

            misses.AddRange(outcome.Unmatched);
            falsePositives.AddRange(outcome.Spurious);
            flattenings.AddRange(outcome.Flattenings);
        }

        var overall = byDocument.Values.Aggregate(Scores.Zero, (a, b) => a + b);
        return new EvaluationReport(overall, Sorted(byKind), Sorted(byDocument), matches, misses, falsePositives, flattenings, missing)
        {
            Unscored = unscored,
            EmptyDocuments = byName.Where(d => d.Value.Result.Ties.Count == 0 && gold.Any(g => g.Document == d.Key)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static void Add(Dictionary<string, Scores> table, string key, Scores scores) =>
        table[key] = table.TryGetValue(key, out var existing) ? existing + scores : scores;

    private static SortedDictionary<string, Scores> Sorted(Dictionary<string, Scores> table) =>
        new(table, StringComparer.Ordinal);
}
