using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>
/// One claim a careful reader expects from a document. Each label may list alternatives the text
/// leaves open (a mediator's target "IRN|ISR", "negated|hedged"); a prediction matches when every
/// label it carries is among them.
/// </summary>
/// <param name="Targets">Empty for an actor-state claim.</param>
/// <param name="Sign">+1 or -1 for ties; 0 for states.</param>
/// <param name="Origin">"file:line", for messages and miss lists.</param>
public sealed record GoldClaim(
    string Document,
    IReadOnlyList<ActorId> Sources,
    IReadOnlyList<ActorId> Targets,
    IReadOnlyList<ClaimKind> Kinds,
    int Sign,
    IReadOnlyList<Modality> Modalities,
    GoldDetails Details,
    string? Note,
    string Origin)
{
    public bool IsState => Targets.Count == 0;

    /// <summary>The kind scores are filed under when nothing matched it.</summary>
    public ClaimKind PrimaryKind => Kinds[0];

    public bool AcceptsModality(ClaimKind kind, Modality predicted) =>
        Modalities.Any(m => kind.Canonical(m) == kind.Canonical(predicted));

    /// <summary>A prediction on this key stated as a plain fact flattens the gold claim unless the
    /// gold allows a plain fact.</summary>
    public bool AllowsFact(ClaimKind kind) => Modalities.Any(m => kind.Canonical(m) == Modality.Asserted);

    public override string ToString()
    {
        var target = IsState ? "" : "→" + string.Join('|', Targets);
        var sign = IsState ? "" : Sign > 0 ? " +" : " -";
        return $"{string.Join('|', Sources)}{target} {string.Join('|', Kinds)}{sign} [{string.Join('|', Modalities.Select(m => m.ToSnake()))}]"
               + (Note is null ? "" : $" ({Note})");
    }
}
