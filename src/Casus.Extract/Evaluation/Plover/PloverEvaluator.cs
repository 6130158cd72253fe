using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Evaluation.Plover;

/// <summary>One gold record with its actors resolved to Casus ids (each coded actor may give
/// several candidate ids: the code's state and what its words name) and what the extractor read
/// from its sentence.</summary>
public sealed record PloverCase(PloverRecord Record, IReadOnlySet<ActorId> Sources, IReadOnlySet<ActorId> Targets, IReadOnlyList<TieClaim> Predicted);

/// <summary>How Casus did on one PLOVER event type.</summary>
/// <param name="Gold">Records of this type.</param>
/// <param name="Found">Records for which some claim had a type of the family, the gold source, and the gold target (when coded).</param>
/// <param name="ClaimsRight">Claims of the family that match their record's event and actors.</param>
/// <param name="ClaimsWrong">Claims of the family that do not (wrong actors, or a sentence coded as another event).</param>
public sealed record PloverTypeScore(string Type, IReadOnlyList<string> TieTypes, int Gold, int Found, int ClaimsRight, int ClaimsWrong)
{
    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;
    /// <summary>0 when nothing was claimed (saying nothing is not precise).</summary>
    public double Precision => ClaimsRight + ClaimsWrong == 0 ? 0 : (double)ClaimsRight / (ClaimsRight + ClaimsWrong);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record PloverMiss(string RecordId, string Event);

public sealed record PloverWrongClaim(string RecordId, string Event, string Claim);

public sealed record PloverReport(
    int Records,
    IReadOnlyList<PloverTypeScore> Modelled,
    IReadOnlyDictionary<string, int> NotModelled,
    PloverTypeScore Overall,
    int ClaimsOfUncodedTypes,
    int NegatedClaimsIgnored,
    IReadOnlyList<PloverMiss> Misses,
    IReadOnlyList<PloverWrongClaim> WrongClaims,
    int ModelledWithoutSource = 0,
    int ModelledWithoutClaim = 0);

/// <summary>
/// Scores extracted ties against the PLOVER gold-standard records, through the CAMEO/PLOVER →
/// Casus mapping (<see cref="CameoCasusMap"/>): per PLOVER event type that Casus models, recall
/// (records found with the right source and target) and precision (claims of that type's family
/// that match their record). A claim of a family whose sentence is coded as another event counts
/// against the family of its type; negated claims ("did not attack") say the event did not happen
/// and are not predictions of it. Only the sentence's own event is gold: a second event the
/// coders did not code counts as wrong, as in any single-label test set. Pure.
/// </summary>
public static class PloverEvaluator
{
    public static PloverReport Evaluate(IReadOnlyList<PloverCase> cases, CameoCasusMap map)
    {
        var modelled = map.PloverTypes.Where(t => map.ForPlover(t).Count > 0).ToList();
        var gold = modelled.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var found = modelled.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var right = modelled.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var wrong = modelled.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var notModelled = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<PloverMiss>();
        var wrongClaims = new List<PloverWrongClaim>();
        var uncoded = 0;
        var negated = 0;
        var withoutSource = 0;
        var withoutClaim = 0;

        foreach (var c in cases)
        {
            var eventType = c.Record.Event;
            var family = map.ForPlover(eventType);
            var isModelled = family.Count > 0 && gold.ContainsKey(eventType);
            if (isModelled) gold[eventType]++;
            else notModelled[eventType] = notModelled.GetValueOrDefault(eventType) + 1;

            var hit = false;
            var seen = new HashSet<(ActorId, ActorId, TieType)>();
            foreach (var claim in c.Predicted)
            {
                if (claim.Modality == Modality.Negated) { negated++; continue; }
                if (!seen.Add((claim.Source, claim.Target, claim.Type))) continue;
                var type = claim.Type.ToSnake();
                var inFamily = isModelled && family.Contains(type, StringComparer.OrdinalIgnoreCase);
                var countsFor = inFamily ? eventType : map.PrimaryPloverFor(type);
                if (countsFor is null || !gold.ContainsKey(countsFor)) { uncoded++; continue; }
                if (inFamily && ActorsMatch(c, claim))
                {
                    right[countsFor]++;
                    hit = true;
                }
                else
                {
                    wrong[countsFor]++;
                    wrongClaims.Add(new PloverWrongClaim(c.Record.Id, eventType, $"{claim.Source.Value}→{claim.Target.Value} {type} [{claim.Modality.ToSnake()}]"));
                }
            }
            if (isModelled)
            {
                if (c.Sources.Count == 0) withoutSource++;
                if (!c.Predicted.Any(p => p.Modality != Modality.Negated)) withoutClaim++;
                if (hit) found[eventType]++;
                else misses.Add(new PloverMiss(c.Record.Id, eventType));
            }
        }

        var scores = modelled.Select(t => new PloverTypeScore(t, map.ForPlover(t), gold[t], found[t], right[t], wrong[t])).ToList();
        var overall = new PloverTypeScore("all modelled", [], scores.Sum(s => s.Gold), scores.Sum(s => s.Found),
            scores.Sum(s => s.ClaimsRight), scores.Sum(s => s.ClaimsWrong));
        return new PloverReport(cases.Count, scores, notModelled, overall, uncoded, negated, misses, wrongClaims, withoutSource, withoutClaim);
    }

    /// <summary>The claim's source is a coded source and, when the record codes a target, its
    /// target is a coded target.</summary>
    private static bool ActorsMatch(PloverCase c, TieClaim claim) =>
        c.Sources.Contains(claim.Source) && (c.Record.Targets.Count == 0 || c.Targets.Contains(claim.Target));
}
