using System.Runtime.CompilerServices;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Reason.Dossiers;

/// <summary>
/// What the scenario view needs that the knowledge base does not index: hostile claims by
/// source (for "at war elsewhere") and membership claims by bloc (for the parties' fellow members:
/// a hub's blocs are many, and their other claims are most of their claims). Built in one pass the first time a knowledge base is
/// evaluated and kept alongside it (the knowledge base is immutable), so later scenarios on
/// the same knowledge pay nothing.
/// </summary>
public sealed class KnowledgeIndex
{
    private static readonly ConditionalWeakTable<KnowledgeBase, KnowledgeIndex> Cache = new();
    private readonly Dictionary<ActorId, List<TieClaim>> _hostilityBySource = [];
    private readonly Dictionary<ActorId, List<TieClaim>> _membershipsByBloc = [];

    private KnowledgeIndex(KnowledgeBase knowledge)
    {
        foreach (var claim in knowledge.Claims)
        {
            if (claim.Modality == Modality.Negated) continue;
            if (claim.Type == TieType.Hostility) Index(_hostilityBySource, claim.Source, claim);
            else if (claim.Type == TieType.Membership) Index(_membershipsByBloc, claim.Target, claim);
        }
    }

    private static void Index(Dictionary<ActorId, List<TieClaim>> index, ActorId key, TieClaim claim)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(claim);
    }

    public static KnowledgeIndex Of(KnowledgeBase knowledge) => Cache.GetValue(knowledge, k => new KnowledgeIndex(k));

    public IReadOnlyList<TieClaim> HostilityFrom(ActorId actor) =>
        _hostilityBySource.TryGetValue(actor, out var list) ? list : [];

    /// <summary>Every non-negated membership claim into <paramref name="bloc"/>, whatever its date, in knowledge order.</summary>
    public IReadOnlyList<TieClaim> MembershipsIn(ActorId bloc) =>
        _membershipsByBloc.TryGetValue(bloc, out var list) ? list : [];
}
