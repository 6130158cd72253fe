using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Reason.Dossiers;

/// <summary>
/// A tie claim seen from the rated actor: <see cref="Holder"/> is the actor itself or one of its
/// part-of ancestors (PMF for Kata'ib Hezbollah), whose claims count at <see cref="Inheritance"/>.
/// A value type: a whole-network scenario sees tens of thousands of these, one per claim per judged
/// actor, and they live only as long as the actor's dossier. Type, modality and sign are copied in
/// (from the packed <see cref="IndexedClaim"/>) because every rule tests them on every claim, and
/// reading them from the claim object would make each rule pass a walk through main memory; likewise a
/// treaty's clauses as the rules weigh them.
/// </summary>
/// <param name="Outgoing">True when the holder is the claim's source (it does X to the counterpart).</param>
public readonly record struct DossierClaim(
    TieClaim Claim,
    ActorId Holder,
    double Inheritance,
    bool Outgoing,
    ActorId Counterpart,
    Side CounterpartSide,
    TieType Type,
    Modality Modality,
    int Sign,
    ClauseSummary Clauses)
{
    public DossierClaim(in IndexedClaim claim, ActorId holder, double inheritance, bool outgoing, ActorId counterpart, Side side)
        : this(claim.Claim, holder, inheritance, outgoing, counterpart, side, claim.Type, claim.Modality, claim.Sign, claim.Clauses) { }

    public DossierClaim(TieClaim claim, ActorId holder, double inheritance, bool outgoing, ActorId counterpart, Side side)
        : this(claim, holder, inheritance, outgoing, counterpart, side, claim.Type, claim.Modality, claim.Sign, ClauseSummary.Of(claim)) { }

    public bool IsInherited => Inheritance < 1;

    /// <summary>+1 when the claim carries its type's usual sign, −1 when the text reversed it.</summary>
    public int SignAgreement => Sign * Type.DefaultSign() >= 0 ? 1 : -1;

    public bool Is(TieType type, bool outgoing, Side side) =>
        Type == type && Outgoing == outgoing && CounterpartSide == side;

    public bool Is(TieType type, Side side) => Type == type && CounterpartSide == side;
}

/// <summary>A state claim about the rated actor or one of its ancestors.</summary>
public readonly record struct DossierState(StateClaim State, ActorId Holder, double Inheritance)
{
    public ActorStateKind Kind => State.Kind;

    public bool IsInherited => Inheritance < 1;
}
