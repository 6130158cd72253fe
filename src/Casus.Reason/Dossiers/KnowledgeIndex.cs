using System.Runtime.CompilerServices;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Reason.Dossiers;

/// <summary>
/// What the scenario view needs that the knowledge base does not index: hostile claims by
/// source (for "at war elsewhere"). Built in one pass the first time a knowledge base is
/// evaluated and kept alongside it (the knowledge base is immutable), so later scenarios on
/// the same knowledge pay nothing.
/// </summary>
public sealed class KnowledgeIndex
{
    private static readonly ConditionalWeakTable<KnowledgeBase, KnowledgeIndex> Cache = new();
    private readonly Dictionary<ActorId, List<TieClaim>> _hostilityBySource = [];

    private KnowledgeIndex(KnowledgeBase knowledge)
    {
        foreach (var claim in knowledge.Claims)
        {
            if (claim.Type != TieType.Hostility || claim.Modality == Modality.Negated) continue;
            if (!_hostilityBySource.TryGetValue(claim.Source, out var list)) _hostilityBySource[claim.Source] = list = [];
            list.Add(claim);
        }
    }

    public static KnowledgeIndex Of(KnowledgeBase knowledge) => Cache.GetValue(knowledge, k => new KnowledgeIndex(k));

    public IReadOnlyList<TieClaim> HostilityFrom(ActorId actor) =>
        _hostilityBySource.TryGetValue(actor, out var list) ? list : [];
}
