using Casus.Core.Claims;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Rules;

/// <summary>
/// The modality of a cue: the strongest modality word before it in its clause (negation beats
/// condition beats speculation beats hedge beats threat/promise), so "did not include", "it's
/// unlikely … would support", "suspected of supplying" never come out as plain facts. An "if …"
/// clause elsewhere in the sentence makes the claim conditional.
/// </summary>
internal static class ModalityScope
{
    public static Modality For(SentenceFrame frame, ModalityLexicon lexicon, PhraseMatch cue, CueEntry entry)
    {
        if (entry.Has(CueFlags.Literal)) return entry.Has(CueFlags.Doubt) ? Modality.Hedged : Modality.Asserted;
        var clause = frame.Clause[cue.First];
        var result = Modality.Asserted;
        foreach (var match in frame.Modality)
        {
            if (match.First >= cue.First) break;
            if (frame.Clause[match.First] != clause || !NoCueBetween(frame, lexicon, match.Last, cue.First)) continue;
            var modalityEntry = lexicon.Entries[match.Entry];
            var modality = modalityEntry.Kind switch
            {
                ModalityCueKind.Negation => Modality.Negated,
                ModalityCueKind.Hedge => Modality.Hedged,
                ModalityCueKind.Speculation => Modality.Speculated,
                ModalityCueKind.Promise => Modality.Promised,
                ModalityCueKind.Threat => Modality.Threatened,
                ModalityCueKind.Attribution when ModalityExtensions.TryParseSnake(modalityEntry.Value, out var implied) => implied,
                _ => Modality.Asserted,
            };
            result = Stronger(result, modality);
        }
        result = Stronger(result, After(frame, lexicon, cue));
        if (entry.Has(CueFlags.Request) || entry.Has(CueFlags.Doubt)) result = Stronger(result, Modality.Hedged);
        if (frame.Condition.First >= 0 && !frame.InCondition(cue.First) && NextToCondition(frame, cue)) result = Stronger(result, Modality.Conditional);
        return result;
    }

    /// <summary>An "if …" clause conditions the clause it opens or closes, not a later statement
    /// ("… if either side is attacked, and said it does not rule out …").</summary>
    private static bool NextToCondition(SentenceFrame frame, PhraseMatch cue) =>
        Math.Abs(frame.Clause[cue.First] - frame.Clause[frame.Condition.First]) <= 1;

    /// <summary>How far after a claim's cue a predicate about it may come ("an attack on X was very likely").</summary>
    private const int AfterWindow = 20;

    /// <summary>A post-modifier ("was very likely", "impossible") applies to the nearest claim cue before
    /// it in the same clause, if no other claim cue stands between.</summary>
    private static Modality After(SentenceFrame frame, ModalityLexicon lexicon, PhraseMatch cue)
    {
        var clause = frame.Clause[cue.First];
        foreach (var match in frame.Modality)
        {
            if (match.First <= cue.Last) continue;
            if (match.First - cue.Last > AfterWindow || frame.Clause[match.First] != clause) break;
            var kind = lexicon.Entries[match.Entry].Kind;
            if (kind is not (ModalityCueKind.PostHedge or ModalityCueKind.PostNegation)) continue;
            if (!NoClaimCueBetween(frame, cue.Last, match.First)) break;
            return kind == ModalityCueKind.PostHedge ? Modality.Hedged : Modality.Negated;
        }
        return Modality.Asserted;
    }

    /// <summary>A modality word governs the claim it introduces, not a later one ("could launch attacks
    /// on the US troops stationed in Iraq": the attacks are hedged, the stationing is not).</summary>
    private static bool NoCueBetween(SentenceFrame frame, ModalityLexicon lexicon, int after, int cueStart)
    {
        _ = lexicon;
        foreach (var other in frame.Cues)
            if (other.First > after && other.First < cueStart && other.Last < cueStart) return false;
        return true;
    }

    /// <summary>As <see cref="NoCueBetween"/>, but a treaty clause ("under which an attack on one is an
    /// attack on all") describes the claim and does not stand between it and its predicate.</summary>
    private static bool NoClaimCueBetween(SentenceFrame frame, int after, int before)
    {
        foreach (var other in frame.Cues)
            if (other.First > after && other.First < before && !frame.ClauseCue(other) && !InsideClauseCue(frame, other)) return false;
        return true;
    }

    private static bool InsideClauseCue(SentenceFrame frame, PhraseMatch cue)
    {
        foreach (var other in frame.Cues)
            if (frame.ClauseCue(other) && other.First <= cue.First && other.Last >= cue.Last) return true;
        return false;
    }

    private static Modality Stronger(Modality a, Modality b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Negated => 6,
        Modality.Conditional => 5,
        Modality.Speculated => 4,
        Modality.Hedged => 3,
        Modality.Threatened => 2,
        Modality.Promised => 1,
        _ => 0,
    };
}
