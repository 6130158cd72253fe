using Casus.Core.Actors;
using Casus.Core.Knowledge;

namespace Casus.Present.Network;

/// <summary>
/// The part of the network drawn around one actor: the actor, everyone it has a tie with, and
/// every tie among those (so the Russia–China tie shows beside both of their ties to Iran).
/// </summary>
public sealed record Neighbourhood(ActorId Focus, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<Tie> Ties)
{
    public static Neighbourhood Around(KnowledgeBase knowledge, ActorId focus)
    {
        var ids = new HashSet<ActorId> { focus };
        foreach (var tie in knowledge.TiesOf(focus))
        {
            ids.Add(tie.Source);
            ids.Add(tie.Target);
        }
        var ties = knowledge.AllTies().Where(t => ids.Contains(t.Source) && ids.Contains(t.Target)).ToList();
        return new Neighbourhood(focus, NetworkNode.For(knowledge, ids), ties);
    }

    /// <summary>Every actor that takes part in at least one claim, with every tie.</summary>
    public static Neighbourhood Whole(KnowledgeBase knowledge)
    {
        var ids = new HashSet<ActorId>();
        foreach (var claim in knowledge.Claims)
        {
            ids.Add(claim.Source);
            ids.Add(claim.Target);
        }
        foreach (var state in knowledge.States) ids.Add(state.Actor);
        var nodes = NetworkNode.For(knowledge, ids);
        return new Neighbourhood(nodes.Count > 0 ? nodes[0].Id : new ActorId("none"), nodes, knowledge.AllTies());
    }
}

/// <summary>A drawn actor. Kind is null for ids the knowledge base has no actor for (kept, so no edge dangles).</summary>
public sealed record NetworkNode(ActorId Id, string Name, ActorKind? Kind)
{
    public string KindName => Kind is { } k ? Json.Snake.Of(k.ToString()) : "unknown";

    internal static List<NetworkNode> For(KnowledgeBase knowledge, IEnumerable<ActorId> ids) =>
        ids.Select(id => new NetworkNode(id, knowledge.NameOf(id), knowledge.Find(id)?.Kind))
           .OrderBy(n => n.Id.Value, StringComparer.Ordinal)
           .ToList();
}
