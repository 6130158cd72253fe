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
}

/// <summary>One factor's verdict contribution, its scope, and any level cap it imposes.</summary>
public sealed record FactorOutcome(Factor Factor, FactorScope Scope, int? Cap = null);
