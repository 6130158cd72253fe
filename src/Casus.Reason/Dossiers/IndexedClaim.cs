using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Reason.Dossiers;

/// <summary>
/// A tie claim with what a scenario filters and weighs it by copied inline: its ends, type, modality,
/// sign and the days it holds (<see cref="ClaimPeriod.Holds"/> as day numbers). A scenario on a large network tests hundreds
/// of thousands of claims to keep a few; reading these from a packed array instead of from each claim
/// object (and its evidence, for the report date) is what keeps that test off main memory.
/// </summary>
public readonly struct IndexedClaim
{
    private readonly int _from, _until;

    public IndexedClaim(TieClaim claim)
    {
        Claim = claim;
        Source = claim.Source;
        Target = claim.Target;
        Type = claim.Type;
        Modality = claim.Modality;
        Sign = claim.Sign;
        Clauses = ClauseSummary.Of(claim);
        var start = claim.ValidFrom ?? (claim.ValidUntil is null ? claim.Evidence.Date : null);
        _from = start?.DayNumber ?? int.MinValue;
        _until = claim.ValidUntil?.DayNumber ?? int.MaxValue;
    }

    public TieClaim Claim { get; }
    public ActorId Source { get; }
    public ActorId Target { get; }
    public TieType Type { get; }
    public Modality Modality { get; }
    public int Sign { get; }

    /// <summary>A treaty's clauses as the rules weigh them (nothing for other types).</summary>
    public ClauseSummary Clauses { get; }

    /// <summary>The first day the claim holds (<see cref="int.MinValue"/> when open).</summary>
    public int FromDay => _from;

    /// <summary>The last day the claim holds (<see cref="int.MaxValue"/> when open).</summary>
    public int UntilDay => _until;

    /// <summary>Exactly <see cref="TieClaim.HoldsOn"/>.</summary>
    public bool HoldsOn(int dayNumber) => _from <= dayNumber && dayNumber <= _until;
}
