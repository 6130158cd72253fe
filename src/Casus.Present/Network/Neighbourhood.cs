using Casus.Core.Actors;
using Casus.Core.Claims;
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
        return new Neighbourhood(focus, NetworkNode.For(knowledge, ids), TiesAmong(knowledge, ids));
    }

    /// <summary>The actor and only the given partners, with every tie among them (a limited <c>ties</c>
    /// answer draws its kept partners, not the thousands around a hub).</summary>
    public static Neighbourhood Among(KnowledgeBase knowledge, ActorId focus, IEnumerable<ActorId> partners)
    {
        var ids = new HashSet<ActorId>(partners) { focus };
        return new Neighbourhood(focus, NetworkNode.For(knowledge, ids), TiesAmong(knowledge, ids));
    }

    /// <summary>The ties with both ends in <paramref name="ids"/>, as <see cref="KnowledgeBase.AllTies"/> orders and
    /// fills them, read from each actor's own claims instead of grouping the whole knowledge (a million
    /// claims on a server) per request. Each claim is taken once, at its source; an actor's claims keep
    /// the knowledge's order, so each tie lists its claims as AllTies does.</summary>
    private static List<Tie> TiesAmong(KnowledgeBase knowledge, HashSet<ActorId> ids)
    {
        var claims = new List<TieClaim>();
        foreach (var id in ids)
            foreach (var claim in knowledge.ClaimsOf(id))
                if (claim.Source == id && ids.Contains(claim.Target)) claims.Add(claim);
        return claims.GroupBy(c => (c.Source, c.Target, c.Type))
            .Select(g => new Tie(g.Key.Source, g.Key.Target, g.Key.Type, g.ToList()))
            .OrderBy(t => t.Source.Value, StringComparer.Ordinal)
            .ThenBy(t => t.Target.Value, StringComparer.Ordinal)
            .ThenBy(t => t.Type)
            .ToList();
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
