namespace Casus.Extract.Evaluation;

/// <summary>A gold claim and the prediction that matched it.</summary>
/// <param name="ModalityCorrect">The predicted modality is one the gold row allows.</param>
/// <param name="DetailMismatches">Gold details (dates, clauses, quantity, condition) the prediction gets wrong.</param>
public sealed record ClaimMatch(GoldClaim Gold, PredictedClaim Predicted, bool ModalityCorrect, IReadOnlyList<string> DetailMismatches);

/// <summary>A claim the text states as negated, hedged, speculated, promised, threatened or
/// conditional that the extractor stored as a plain fact.</summary>
/// <param name="Gold">The gold row it flattens (matched, or the first on the same labels).</param>
public sealed record Flattening(GoldClaim Gold, PredictedClaim Predicted);

/// <summary>Everything one evaluation run measured; rendering is <see cref="EvaluationReportText"/>.</summary>
public sealed record EvaluationReport(
    Scores Overall,
    IReadOnlyDictionary<string, Scores> ByKind,
    IReadOnlyDictionary<string, Scores> ByDocument,
    IReadOnlyList<ClaimMatch> Matches,
    IReadOnlyList<GoldClaim> Misses,
    IReadOnlyList<PredictedClaim> FalsePositives,
    IReadOnlyList<Flattening> Flattenings,
    IReadOnlyList<string> MissingDocuments)
{
    /// <summary>Matched claims whose modality is one the gold allows, over all matched claims.</summary>
    public double ModalityAccuracy => Matches.Count == 0 ? 0 : (double)Matches.Count(m => m.ModalityCorrect) / Matches.Count;

    public int DetailsChecked => Matches.Sum(m => DetailCount(m.Gold, m.Predicted));

    /// <summary>Predictions left out because the gold set annotates no claim of their kind.</summary>
    public int Unscored { get; init; }

    /// <summary>Gold documents the extractor read and found no tie in.</summary>
    public IReadOnlyList<string> EmptyDocuments { get; init; } = [];

    public int DetailsWrong => Matches.Sum(m => m.DetailMismatches.Count);

    private static int DetailCount(GoldClaim gold, PredictedClaim predicted) => DetailChecks.Count(gold.Details, predicted);
}
