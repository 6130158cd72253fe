using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Present.Workbench;

/// <summary>One partner's row in an actor's ally table.</summary>
/// <param name="Relationship">The tie types between them, most corroborated first.</param>
/// <param name="Commitment">The strongest written commitment: treaty clauses present or absent, else the strongest security tie's modality.</param>
/// <param name="Capability">What is reported about the partner's state (degraded, toppled, size), most recent first.</param>
/// <param name="StatedIntent">Promises and threats between them, as claims.</param>
/// <param name="Sources">Every claim between them, newest first.</param>
public sealed record AllyRow(
    ActorId Partner, string Name, string Kind, Side Side, int Claims,
    IReadOnlyList<string> Relationship, string? Commitment, IReadOnlyList<StateClaim> Capability,
    IReadOnlyList<TieClaim> StatedIntent, IReadOnlyList<TieClaim> Sources);

/// <summary>
/// The analyst's "ally table" for an actor: a row per partner with the relationship, the
/// commitment, the partner's capability and stated intent, and the sources behind each, allies
/// (cooperative partners) first. Pure, over knowledge already narrowed to a date.
/// </summary>
public static class AllyTable
{
    public static IReadOnlyList<AllyRow> For(KnowledgeBase knowledge, ActorId actor, ClaimFilter? filter = null)
    {
        filter ??= ClaimFilter.None;
        return knowledge.ClaimsOf(actor).Where(c => c.Source != c.Target && filter.Keeps(c, knowledge, actor))
            .GroupBy(c => c.Source == actor ? c.Target : c.Source)
            .Select(g => Row(knowledge, g.Key, g.ToList()))
            .OrderBy(r => r.Side switch { Side.Supporter => 0, Side.Mixed => 1, _ => 2 })
            .ThenByDescending(r => r.Claims)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static AllyRow Row(KnowledgeBase knowledge, ActorId partner, List<TieClaim> claims)
    {
        var net = claims.Where(c => c.Modality != Modality.Negated).Sum(c => Math.Sign(c.Sign));
        var side = net > 0 ? Side.Supporter : net < 0 ? Side.Adversary : Side.Mixed;
        var relationship = claims.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{g.Key.ToSnake().Replace('_', ' ')} ({g.Min(c => c.Modality).ToSnake()}, {g.Count()})").ToList();
        var capability = knowledge.StatesOf(partner).OrderByDescending(s => s.Evidence.Date).ToList();
        var intent = claims.Where(c => c.Type is TieType.Promise or TieType.Threat || c.Modality is Modality.Promised or Modality.Threatened or Modality.Conditional)
            .OrderByDescending(c => c.EffectiveDate).ToList();
        return new AllyRow(partner, knowledge.NameOf(partner), ClaimFilter.KindOf(knowledge, partner), side, claims.Count,
            relationship, Commitment(claims), capability, intent, claims.OrderByDescending(c => c.Evidence.Date).ToList());
    }

    private static string? Commitment(List<TieClaim> claims)
    {
        var treaty = claims.Where(c => c.Type == TieType.Treaty).OrderBy(c => c.Modality).FirstOrDefault();
        if (treaty is not null)
        {
            var clauses = treaty.ClauseList.Select(k => (k.Present ? "" : "no ") + Json.Snake.Of(k.Kind.ToString()).Replace('_', ' ')).ToList();
            return "treaty (" + treaty.Modality.ToSnake() + ")" + (clauses.Count > 0 ? ": " + string.Join(", ", clauses) : "");
        }
        var security = claims.Where(c => RelationFamilies.Of(c.Type) == RelationFamily.Security).OrderBy(c => c.Modality).FirstOrDefault();
        return security is null ? null : $"{security.Type.ToSnake().Replace('_', ' ')} ({security.Modality.ToSnake()})";
    }
}
