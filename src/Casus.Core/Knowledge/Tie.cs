using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Core.Knowledge;

/// <summary>
/// All claims about one directed dyad and tie type: one tie, several pieces of evidence.
/// Contradictions (asserted and negated claims) are kept side by side.
/// </summary>
public sealed record Tie(ActorId Source, ActorId Target, TieType Type, IReadOnlyList<TieClaim> Claims)
{
    public int Corroboration => Claims.Count;

    /// <summary>Independent outlets: the same web site (or outlet name) counts once, however its claims arrived (<see cref="SourceKey"/>).</summary>
    public int DistinctOutlets => Claims.Select(c => SourceKey.Of(c.Evidence)).Distinct().Count();

    public bool IsContested =>
        Claims.Any(c => c.Modality == Modality.Negated) && Claims.Any(c => c.Modality != Modality.Negated);

    /// <summary>Net sign: hostile if any asserted claim is hostile and none cooperative.</summary>
    public int Sign => Claims.Where(c => c.Modality != Modality.Negated).Select(c => c.Sign).DefaultIfEmpty(Type.DefaultSign()).Sum() >= 0 ? +1 : -1;

    /// <summary>The strongest commitment among the claims, asserted beating every other modality.</summary>
    public Modality StrongestModality => Claims.Select(c => c.Modality).Min();

    /// <summary>The earliest start any claim gives; a claim that only says when it ended gives none.</summary>
    public DateOnly? From => Claims.Select(c => c.ValidFrom ?? (c.ValidUntil is null ? c.Evidence.Date : null)).Where(d => d is not null).Min();

    public DateOnly? Until => Claims.All(c => c.ValidUntil is not null) ? Claims.Max(c => c.ValidUntil) : null;
}
