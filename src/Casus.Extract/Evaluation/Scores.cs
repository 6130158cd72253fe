namespace Casus.Extract.Evaluation;

/// <summary>Counts of matched, spurious and missed claims, and the rates derived from them.</summary>
public sealed record Scores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static Scores Zero { get; } = new(0, 0, 0);

    /// <summary>0 when nothing was predicted: an extractor that says nothing is not precise.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;

    public static Scores operator +(Scores a, Scores b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
