using Casus.Reason.Factors;

namespace Casus.Reason.Model;

/// <summary>One factor of a verdict as the numbers pass computed it: its name, signed effect, the part of the
/// ladder it moves and any cap. The fitted verdict model (Casus.History.VerdictModel) reweighs these per factor,
/// so it needs them without the explanation pass.</summary>
public readonly record struct FactorTerm(string Name, double Effect, FactorScope Scope, int? Cap, bool CapRelabels);
