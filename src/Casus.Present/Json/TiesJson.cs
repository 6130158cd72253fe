using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Present.Network;

namespace Casus.Present.Json;

/// <summary>
/// One actor's ties as of a date, plus the neighbourhood around it (nodes and the ties among
/// them) so a page can draw the network from one response.
/// With a limit (see <see cref="TiesLimit"/>) only the strongest partners' ties are listed, the
/// network holds only those partners and the ties among them, and <c>limit</c>,
/// <c>total_partners</c>, <c>omitted_partners</c>, <c>total_ties</c> and <c>omitted_ties</c> follow
/// <c>as_of</c>; without one nothing new is written.
/// </summary>
public static class TiesJson
{
    /// <param name="limit">Keep only this many partners (at least 1), strongest first; null keeps all.</param>
    public static void Write(KnowledgeBase knowledge, ActorId actor, DateOnly? asOf, Stream output, bool indented = true, int? limit = null)
    {
        var view = knowledge.AsOf(asOf);
        var kept = limit is null ? null : TiesLimit.Keep(view, actor, limit);
        var around = kept is null ? Neighbourhood.Around(view, actor) : Neighbourhood.Among(view, actor, kept.Partners);
        using var json = EvidenceJson.Open(output, indented);
        json.WriteStartObject();
        json.WritePropertyName("actor");
        KnowledgeJson.WriteActor(json, view, actor);
        EvidenceJson.WriteDate(json, "as_of", asOf);
        if (kept is not null)
        {
            json.WriteNumber("limit", limit!.Value);
            json.WriteNumber("total_partners", kept.TotalPartners);
            json.WriteNumber("omitted_partners", kept.OmittedPartners);
            json.WriteNumber("total_ties", kept.TotalTies);
            json.WriteNumber("omitted_ties", kept.OmittedTies);
        }
        json.WriteStartArray("ties");
        foreach (var tie in kept?.Ties ?? view.TiesOf(actor)) ClaimJson.WriteTie(json, view, tie);
        json.WriteEndArray();
        json.WriteStartArray("states");
        foreach (var state in view.StatesOf(actor)) ClaimJson.WriteState(json, state);
        json.WriteEndArray();
        json.WriteStartObject("network");
        json.WriteStartArray("nodes");
        foreach (var node in around.Nodes) KnowledgeJson.WriteActor(json, view, node.Id);
        json.WriteEndArray();
        json.WriteStartArray("ties");
        foreach (var tie in around.Ties) ClaimJson.WriteTie(json, view, tie);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The claims between two actors, both directions, for an edge's evidence panel.</summary>
    public static void WriteBetween(KnowledgeBase knowledge, ActorId a, ActorId b, Stream output)
    {
        using var json = EvidenceJson.Open(output);
        json.WriteStartObject();
        json.WritePropertyName("a");
        KnowledgeJson.WriteActor(json, knowledge, a);
        json.WritePropertyName("b");
        KnowledgeJson.WriteActor(json, knowledge, b);
        json.WriteStartArray("ties");
        foreach (var tie in knowledge.TiesOf(a).Where(t => t.Source == b || t.Target == b))
            ClaimJson.WriteTie(json, knowledge, tie);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
