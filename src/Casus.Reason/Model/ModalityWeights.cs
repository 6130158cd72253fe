using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Model;

/// <summary>
/// How much a claim counts, given how the text commits to it. Only asserted claims count fully;
/// negated claims get a negative weight, so "did not include" is evidence against, never for.
/// </summary>
public sealed class ModalityWeights
{
    private readonly double _asserted, _hedged, _speculated, _promised, _threatened, _negated;
    private readonly double _conditionMet, _conditionUnknown, _conditionOther, _doubted;
    private readonly IReadOnlyList<string> _doubtCues;

    public ModalityWeights(WeightTable table)
    {
        _asserted = table.Number("modality.asserted");
        _hedged = table.Number("modality.hedged");
        _speculated = table.Number("modality.speculated");
        _promised = table.Number("modality.promised");
        _threatened = table.Number("modality.threatened");
        _negated = table.Number("modality.negated");
        _conditionMet = table.Number("modality.conditional_on_this_scenario");
        _conditionUnknown = table.Number("modality.conditional_unknown_trigger");
        _conditionOther = table.Number("modality.conditional_other_trigger");
        _doubted = table.Number("modality.doubted");
        _doubtCues = table.Words("modality.doubt_cues");
    }

    /// <summary>The weight of a claim; <paramref name="otherSide"/> decides whether a condition is met.</summary>
    public double Of(TieClaim claim, IReadOnlySet<ActorId> otherSide) => Of(claim.Modality, claim, otherSide);

    /// <summary>As <see cref="Of(TieClaim, IReadOnlySet{ActorId})"/>, reading the claim object only for a condition.</summary>
    public double Of(in DossierClaim claim, IReadOnlySet<ActorId> otherSide) => Of(claim.Modality, claim.Claim, otherSide);

    private double Of(Modality modality, TieClaim claim, IReadOnlySet<ActorId> otherSide) => modality switch
    {
        Modality.Asserted => _asserted,
        Modality.Hedged => _hedged,
        Modality.Speculated => _speculated,
        Modality.Promised => _promised,
        Modality.Threatened => _threatened,
        Modality.Negated => _negated,
        Modality.Conditional => claim.ConditionActor is not { } trigger ? _conditionUnknown
            : otherSide.Contains(trigger) ? _conditionMet : _conditionOther,
        _ => 0,
    };

    public double Of(StateClaim state) => state.Modality switch
    {
        Modality.Asserted => _asserted,
        Modality.Hedged => _hedged,
        Modality.Speculated => _speculated,
        Modality.Negated => _negated,
        _ => _hedged,
    };

    /// <summary>A weight for an offer of help, where a hedge may really be doubt
    /// ("unlikely to ... support"): that counts against, like a weak negation.</summary>
    public double OfHelpOffer(in DossierClaim claim, IReadOnlySet<ActorId> otherSide) =>
        IsDoubt(claim) ? _doubted : Of(claim, otherSide);

    public bool IsDoubt(TieClaim claim) =>
        claim.Modality == Modality.Hedged && MentionsDoubt(claim);

    public bool IsDoubt(in DossierClaim claim) =>
        claim.Modality == Modality.Hedged && MentionsDoubt(claim.Claim);

    private bool MentionsDoubt(TieClaim claim)
    {
        for (var i = 0; i < _doubtCues.Count; i++)
            if (Mentions(claim.Cue, _doubtCues[i]) || Mentions(claim.Evidence.Sentence, _doubtCues[i])) return true;
        return false;
    }

    /// <summary>Whole-word, case-insensitive.</summary>
    private static bool Mentions(string? text, string cue)
    {
        if (string.IsNullOrEmpty(text)) return false;
        for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(cue, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + cue.Length;
            var startOk = at == 0 || !char.IsLetter(text[at - 1]);
            var endOk = end == text.Length || !char.IsLetter(text[end]);
            if (startOk && endOk) return true;
        }
        return false;
    }
}
