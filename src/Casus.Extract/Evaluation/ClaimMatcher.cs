namespace Casus.Extract.Evaluation;

/// <summary>
/// Pairs one document's gold rows with its distinct predictions (docs/evaluation.md, "Matching"):
/// first as many pairs as possible that agree on labels and modality, then, among what is left,
/// pairs that agree on labels only (counted as found, with the wrong modality). Both steps are
/// maximum bipartite matchings, so the result does not depend on row order.
/// </summary>
internal static class ClaimMatcher
{
    public sealed record Outcome(
        IReadOnlyList<(GoldClaim Gold, PredictedClaim Predicted)> Pairs,
        IReadOnlyList<GoldClaim> Unmatched,
        IReadOnlyList<PredictedClaim> Spurious,
        IReadOnlyList<Flattening> Flattenings);

    public static Outcome Match(IReadOnlyList<GoldClaim> gold, IReadOnlyList<PredictedClaim> predicted)
    {
        var goldToPredicted = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedToGold = Enumerable.Repeat(-1, predicted.Count).ToArray();
        Augment(gold, predicted, goldToPredicted, predictedToGold, (g, p) => LabelsAgree(g, p) && g.AcceptsModality(p.Kind, p.Modality));
        Augment(gold, predicted, goldToPredicted, predictedToGold, LabelsAgree);

        var pairs = new List<(GoldClaim, PredictedClaim)>();
        var flattenings = new List<Flattening>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (goldToPredicted[g] < 0) continue;
            var p = predicted[goldToPredicted[g]];
            pairs.Add((gold[g], p));
            if (IsFact(p) && !gold[g].AllowsFact(p.Kind)) flattenings.Add(new Flattening(gold[g], p));
        }

        var spurious = new List<PredictedClaim>();
        for (var p = 0; p < predicted.Count; p++)
        {
            if (predictedToGold[p] >= 0) continue;
            var claim = predicted[p];
            var sameLabels = gold.Where(g => LabelsAgree(g, claim)).ToList();
            // Another wording of a claim already found (a mediator named towards either party) is not spurious.
            if (sameLabels.Any(g => g.AcceptsModality(claim.Kind, claim.Modality))) continue;
            spurious.Add(claim);
            if (IsFact(claim) && sameLabels.Count > 0 && sameLabels.All(g => !g.AllowsFact(claim.Kind)))
                flattenings.Add(new Flattening(sameLabels[0], claim));
        }

        var unmatched = gold.Where((_, g) => goldToPredicted[g] < 0).ToList();
        return new Outcome(pairs, unmatched, spurious, flattenings);
    }

    /// <summary>Same document, kind, sign and actors (either way round for symmetric ties).</summary>
    public static bool LabelsAgree(GoldClaim gold, PredictedClaim predicted)
    {
        if (!string.Equals(gold.Document, predicted.Document, StringComparison.Ordinal)) return false;
        if (!gold.Kinds.Contains(predicted.Kind)) return false;
        if (predicted.Target is not { } target) return gold.IsState && gold.Sources.Contains(predicted.Source);
        if (gold.IsState || gold.Sign != predicted.Sign) return false;
        return (gold.Sources.Contains(predicted.Source) && gold.Targets.Contains(target))
               || (predicted.Kind.IsSymmetric && gold.Sources.Contains(target) && gold.Targets.Contains(predicted.Source));
    }

    private static bool IsFact(PredictedClaim p) => p.Kind.Canonical(p.Modality) == Core.Claims.Modality.Asserted;

    /// <summary>Kuhn's augmenting paths over the edges <paramref name="edge"/> allows, extending an existing matching.</summary>
    private static void Augment(IReadOnlyList<GoldClaim> gold, IReadOnlyList<PredictedClaim> predicted,
        int[] goldToPredicted, int[] predictedToGold, Func<GoldClaim, PredictedClaim, bool> edge)
    {
        for (var g = 0; g < gold.Count; g++)
        {
            if (goldToPredicted[g] >= 0) continue;
            TryAssign(g, new bool[predicted.Count]);
        }

        bool TryAssign(int g, bool[] visited)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (visited[p] || !edge(gold[g], predicted[p])) continue;
                visited[p] = true;
                if (predictedToGold[p] < 0 || TryAssign(predictedToGold[p], visited))
                {
                    goldToPredicted[g] = p;
                    predictedToGold[p] = g;
                    return true;
                }
            }
            return false;
        }
    }
}
