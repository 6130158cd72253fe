using Casus.Reason.Dossiers;

namespace Casus.Reason.Factors;

/// <summary>One factor of the model. Rules read their numbers from the weights file when built
/// and are then pure functions of a dossier.</summary>
public interface IFactorRule
{
    string Name { get; }

    /// <summary>Null when no claim in the dossier bears on this factor.</summary>
    FactorOutcome? Assess(FactorContext context);
}

/// <summary>What a rule sees: the actor's dossier, the scenario, and how modalities weigh.</summary>
/// <param name="Scratch">The numbers-only pass's reused tally; null when the verdict is being explained
/// (see <see cref="Tally"/>): then outcomes keep their pieces and build their cited factor.</param>
public sealed record FactorContext(ActorDossier Dossier, ScenarioView View, Model.ModalityWeights Modality, Tally? Scratch = null)
{
    public bool Explains => Scratch is null;

    public string NameOf(Casus.Core.Actors.ActorId id) => View.Knowledge.NameOf(id);

    /// <summary>" (via PMF)" for inherited claims, so the reader sees why a faction is rated by its parent.</summary>
    public string Via(DossierClaim claim) => claim.IsInherited ? $" (via {NameOf(claim.Holder)})" : "";

    public string Via(DossierState state) => state.IsInherited ? $" (via {NameOf(state.Holder)})" : "";
}
