using Casus.Core.Scenarios;

namespace Casus.Reason.Factors;

/// <summary>Which part of the ladder a factor moves.</summary>
public enum FactorScope
{
    /// <summary>Shifts the latent propensity η: the whole ladder.</summary>
    Ladder,
    /// <summary>Shifts only τ₀: more chance of saying something (level 1), no more of acting.</summary>
    Voice,
    /// <summary>Shifts τ₀ and τ₁: more chance of diplomatic acts (level 2), no more of fighting.</summary>
    Diplomacy,
    /// <summary>Force (commitment, patronage, capability, cross-pressure, stated intent, precedent,
    /// distraction): shifts τ₂..τ₄ fully and τ₀, τ₁ only by <c>ladder.force_voice_share</c>: words and
    /// diplomacy need no capability and survive cross-pressure; a pact or a patron is about fighting.</summary>
    Force,
    /// <summary>Help already flowing (arms to the target): shifts τ₀..τ₂, a floor under level 3.</summary>
    Material,
}

/// <summary>
/// One factor's contribution, its scope, and any level cap it imposes. The number is known at
/// once; the cited <see cref="Factor"/> (explanation text, evidence list) is built when asked, so
/// a scenario that judges thousands of actors does not format text nobody reads. A value type:
/// the numbers pass makes several per judged actor and keeps none.
/// </summary>
public readonly struct FactorOutcome
{
    private readonly Tally? _tally;
    private readonly Func<Factor>? _build;
    private readonly string? _note;
    private readonly Factor? _factor;

    /// <summary>An outcome whose factor is already built.</summary>
    public FactorOutcome(Factor factor, FactorScope scope, int? cap = null)
    {
        _factor = factor;
        Effect = factor.Effect;
        Cites = factor.Evidence.Count > 0;
        Scope = scope;
        Cap = cap;
    }

    /// <summary>An outcome whose number is known now and whose cited factor <paramref name="build"/>
    /// makes on first read (it must return a factor with this <paramref name="effect"/>).</summary>
    public FactorOutcome(double effect, bool cites, FactorScope scope, Func<Factor> build)
    {
        _build = build;
        Effect = effect;
        Cites = cites;
        Scope = scope;
    }

    /// <summary>A numbers-only outcome (the first pass of a scenario: see <see cref="Tally"/>); it has no <see cref="Factor"/>.</summary>
    public FactorOutcome(double effect, bool cites, FactorScope scope)
    {
        Effect = effect;
        Cites = cites;
        Scope = scope;
    }

    /// <summary>An outcome from a non-empty tally; <paramref name="floorAtZero"/> for factors that
    /// can only raise the floor (rhetoric, diplomacy: a retraction cancels, it does not push down).</summary>
    /// <param name="capRelabels">True when the cap is a matter of role, not strength: a proxy's own
    /// fighting *is* indirect help (level 4), so mass above its cap folds onto it; a capability cap
    /// instead conditions the distribution on the reachable levels.</param>
    public FactorOutcome(Tally tally, FactorScope scope, int? cap = null, string? note = null, bool floorAtZero = false, bool capRelabels = false)
    {
        CapRelabels = capRelabels;
        _tally = tally.Explains ? tally : null; // a numbers-only tally is reused for the next rule
        _note = note;
        FloorAtZero = floorAtZero;
        var effect = Math.Round(tally.Effect, 6);
        Effect = floorAtZero ? Math.Max(0, effect) : effect;
        Cites = !tally.IsEmpty; // every tally entry carries its evidence
        Scope = scope;
        Cap = cap;
    }

    /// <summary>Signed contribution, as the factor will report it.</summary>
    public double Effect { get; }

    /// <summary>Whether the factor cites at least one piece of evidence.</summary>
    public bool Cites { get; }

    public FactorScope Scope { get; }

    public int? Cap { get; }

    /// <summary>See the constructor: a role cap (fold above it) rather than a capability cap (condition on it).</summary>
    public bool CapRelabels { get; }

    private bool FloorAtZero { get; }

    /// <summary>The cited factor, built on each read (the engine reads it once, while explaining a verdict).</summary>
    public Factor Factor => _factor ?? Build();

    private Factor Build()
    {
        if (_build is not null) return _build();
        if (_tally is null) throw new InvalidOperationException("A numbers-only outcome has no cited factor; explain the verdict instead.");
        var factor = _tally.ToFactor(_note);
        return FloorAtZero ? factor with { Effect = Effect } : factor;
    }
}
