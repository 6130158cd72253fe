using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>
/// What a scored claim asserts: a tie type (needs a target) or an actor-state kind (no target).
/// Scores are reported per kind, under its snake-case name.
/// </summary>
public readonly record struct ClaimKind
{
    private ClaimKind(TieType? tie, ActorStateKind? state)
    {
        Tie = tie;
        State = state;
    }

    public TieType? Tie { get; }
    public ActorStateKind? State { get; }
    public bool IsState => State is not null;

    public string Name => Tie is { } tie ? tie.ToSnake() : State!.Value.ToSnake();

    public static ClaimKind Of(TieType type) => new(type, null);

    public static ClaimKind Of(ActorStateKind kind) => new(null, kind);

    /// <summary>Tie types first (so "support" is never read as a state), then state kinds.</summary>
    public static bool TryParse(string text, out ClaimKind kind)
    {
        if (TieTypeExtensions.TryParseSnake(text, out var tie)) { kind = Of(tie); return true; }
        if (ActorStateKindExtensions.TryParseSnake(text, out var state)) { kind = Of(state); return true; }
        kind = default;
        return false;
    }

    /// <summary>
    /// Ties whose direction the text rarely fixes: "A and B signed a treaty" is one claim, whichever
    /// way round the extractor writes it. Evaluation policy only; the store keeps direction.
    /// </summary>
    public bool IsSymmetric => Tie is TieType.Treaty or TieType.Alignment or TieType.EconomicTies or TieType.MilitaryCooperation or TieType.Contact;

    /// <summary>
    /// A Threat, Promise or Demand (a warning) tie already carries the intent, so "threatened"/"promised" on it says
    /// nothing more than "asserted" (the threat was made). Every other kind keeps its modality.
    /// </summary>
    public Modality Canonical(Modality modality) => (Tie, modality) switch
    {
        (TieType.Threat, Modality.Threatened) => Modality.Asserted,
        (TieType.Promise, Modality.Promised) => Modality.Asserted,
        // "warned X" is the demand itself: the warning was made.
        (TieType.Demand, Modality.Threatened) => Modality.Asserted,
        _ => modality,
    };

    public override string ToString() => Name;
}
