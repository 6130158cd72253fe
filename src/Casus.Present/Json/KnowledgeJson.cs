using System.Text.Json;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Present.Network;

namespace Casus.Present.Json;

/// <summary>
/// The whole knowledge base as JSON: the actors that take part in claims, every tie with its
/// claims (type, sign, modality, attribution, dates, clauses, evidence), and actor states.
/// </summary>
public static class KnowledgeJson
{
    public static void Write(KnowledgeBase knowledge, Stream output)
    {
        var whole = Neighbourhood.Whole(knowledge);
        using var json = EvidenceJson.Open(output);
        json.WriteStartObject();
        json.WriteStartArray("actors");
        foreach (var node in whole.Nodes) WriteActor(json, knowledge, node.Id);
        json.WriteEndArray();
        json.WriteStartArray("ties");
        foreach (var tie in whole.Ties) ClaimJson.WriteTie(json, knowledge, tie);
        json.WriteEndArray();
        json.WriteStartArray("states");
        foreach (var state in knowledge.States) ClaimJson.WriteState(json, state);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One actor: id, name, kind, aliases, part_of. Unknown ids get kind "unknown".</summary>
    public static void WriteActor(Utf8JsonWriter json, KnowledgeBase knowledge, ActorId id)
    {
        var actor = knowledge.Find(id);
        json.WriteStartObject();
        json.WriteString("id", id.Value);
        json.WriteString("name", knowledge.NameOf(id));
        json.WriteString("kind", actor is null ? "unknown" : Snake.Of(actor.Kind.ToString()));
        json.WriteStartArray("aliases");
        foreach (var alias in actor?.Aliases ?? []) json.WriteStringValue(alias);
        json.WriteEndArray();
        json.WriteStartArray("part_of");
        foreach (var parent in actor?.PartOf ?? []) json.WriteStringValue(parent.Value);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteActors(IEnumerable<Actor> actors, KnowledgeBase knowledge, Stream output)
    {
        using var json = EvidenceJson.Open(output);
        json.WriteStartArray();
        foreach (var actor in actors) WriteActor(json, knowledge, actor.Id);
        json.WriteEndArray();
    }
}
