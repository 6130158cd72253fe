using System.Text.Json;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Workbench;

namespace Casus.Present.Json;

/// <summary>The analyst's workbench as JSON: the readable picture, claim dates, a diff between dates,
/// an actor's timeline and profile (with its ally table), and the claims of one document. snake_case.</summary>
public static class WorkbenchJson
{
    public static void WritePicture(NetworkPicture picture, KnowledgeBase knowledge, DateOnly? asOf, Stream output)
    {
        using var json = EvidenceJson.Open(output, indented: false);
        json.WriteStartObject();
        json.WritePropertyName("actor");
        KnowledgeJson.WriteActor(json, knowledge, picture.Focus);
        EvidenceJson.WriteDate(json, "as_of", asOf);
        json.WriteNumber("limit", picture.Limit);
        json.WriteNumber("total_partners", picture.TotalPartners);
        json.WriteNumber("omitted_partners", picture.OmittedPartners);
        json.WriteStartArray("nodes");
        foreach (var n in picture.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", n.Id.Value);
            json.WriteString("name", n.Name);
            json.WriteString("kind", n.Kind);
            json.WriteString("side", n.Side.ToString().ToLowerInvariant());
            json.WriteNumber("claims", n.Claims);
            json.WriteNumber("degree", n.Degree);
            json.WriteNumber("community", n.Community);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var e in picture.Edges)
        {
            json.WriteStartObject();
            json.WriteString("id", $"{e.A.Value}|{e.B.Value}|{e.Family.ToSnake()}");
            json.WriteString("source", e.A.Value);
            json.WriteString("target", e.B.Value);
            json.WriteString("family", e.Family.ToSnake());
            json.WriteNumber("sign", e.Sign);
            json.WriteBoolean("mixed", e.Mixed);
            json.WriteString("modality", e.Strongest.ToSnake());
            json.WriteBoolean("dashed", e.Dashed);
            json.WriteBoolean("contested", e.Contested);
            json.WriteNumber("claims", e.Claims);
            json.WriteNumber("outlets", e.Outlets);
            json.WriteString("direction", e.Direction);
            json.WriteStartArray("types");
            foreach (var (type, claims) in e.Types)
            {
                json.WriteStartObject();
                json.WriteString("type", type.ToSnake());
                json.WriteNumber("claims", claims);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            EvidenceJson.WriteDate(json, "from", e.From);
            EvidenceJson.WriteDate(json, "until", e.Until);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteDates(IReadOnlyList<DateOnly> dates, Stream output)
    {
        using var json = EvidenceJson.Open(output, indented: false);
        json.WriteStartObject();
        EvidenceJson.WriteDate(json, "first", dates.Count > 0 ? dates[0] : null);
        EvidenceJson.WriteDate(json, "last", dates.Count > 0 ? dates[^1] : null);
        json.WriteStartArray("dates");
        foreach (var d in dates) json.WriteStringValue(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteDiff(IReadOnlyList<TieChange> changes, KnowledgeBase knowledge, DateOnly from, DateOnly to, ActorId? actor, Stream output, bool indented = false)
    {
        using var json = EvidenceJson.Open(output, indented);
        json.WriteStartObject();
        EvidenceJson.WriteDate(json, "from", from);
        EvidenceJson.WriteDate(json, "to", to);
        if (actor is { } a)
        {
            json.WritePropertyName("actor");
            KnowledgeJson.WriteActor(json, knowledge, a);
        }
        else json.WriteNull("actor");
        json.WriteStartObject("counts");
        foreach (var kind in Enum.GetValues<TieChangeKind>()) json.WriteNumber(kind.ToSnake(), changes.Count(c => c.Kind == kind));
        json.WriteEndObject();
        json.WriteStartArray("changes");
        foreach (var c in changes)
        {
            json.WriteStartObject();
            json.WriteString("change", c.Kind.ToSnake());
            json.WriteString("source", c.Source.Value);
            json.WriteString("source_name", knowledge.NameOf(c.Source));
            json.WriteString("target", c.Target.Value);
            json.WriteString("target_name", knowledge.NameOf(c.Target));
            json.WriteString("type", c.Type.ToSnake());
            WriteState(json, "before", c.Before);
            WriteState(json, "after", c.After);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter json, string name, Tie? tie)
    {
        if (tie is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("sign", tie.Sign);
        json.WriteString("modality", tie.StrongestModality.ToSnake());
        json.WriteBoolean("contested", tie.IsContested);
        json.WriteNumber("corroboration", tie.Corroboration);
        // The newest claim, so a reader sees why without another request.
        var latest = tie.Claims.OrderByDescending(x => x.Evidence.Date).First();
        json.WritePropertyName("latest");
        EvidenceJson.Write(json, latest.Evidence);
        json.WriteEndObject();
    }

    /// <summary>The actor's claims in date order (undated last), with the partner named, for a timeline.</summary>
    public static void WriteTimeline(KnowledgeBase knowledge, ActorId actor, ClaimFilter filter, Stream output, int max = 500)
    {
        var claims = knowledge.ClaimsOf(actor).Where(c => filter.Keeps(c, knowledge, actor))
            .OrderBy(c => c.EffectiveDate is null).ThenBy(c => c.EffectiveDate).ThenBy(c => c.Evidence.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Start)
            .ToList();
        using var json = EvidenceJson.Open(output, indented: false);
        json.WriteStartObject();
        json.WritePropertyName("actor");
        KnowledgeJson.WriteActor(json, knowledge, actor);
        json.WriteNumber("total", claims.Count);
        // The newest ones when there are too many to draw: a timeline is read from the present back.
        json.WriteStartArray("claims");
        foreach (var c in claims.Skip(Math.Max(0, claims.Count - max))) WritePartnerClaim(json, knowledge, actor, c);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteProfile(KnowledgeBase knowledge, Actor actor, IReadOnlyList<Spokesperson> people, IReadOnlyList<AllyRow> rows, DateOnly? asOf, Stream output)
    {
        using var json = EvidenceJson.Open(output, indented: false);
        json.WriteStartObject();
        json.WritePropertyName("actor");
        KnowledgeJson.WriteActor(json, knowledge, actor.Id);
        EvidenceJson.WriteDate(json, "as_of", asOf);
        json.WriteStartArray("part_of");
        foreach (var p in actor.PartOf)
        {
            json.WriteStartObject();
            json.WriteString("id", p.Value);
            json.WriteString("name", knowledge.NameOf(p));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("members");
        foreach (var m in knowledge.Actors.Where(x => x.PartOf.Contains(actor.Id)).OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase))
        {
            json.WriteStartObject();
            json.WriteString("id", m.Id.Value);
            json.WriteString("name", m.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("people");
        foreach (var p in people)
        {
            json.WriteStartObject();
            json.WriteString("name", p.Name);
            json.WriteString("role", p.Role);
            json.WriteStartArray("aliases");
            foreach (var a in p.Aliases) json.WriteStringValue(a);
            json.WriteEndArray();
            EvidenceJson.WriteDate(json, "from", p.From);
            EvidenceJson.WriteDate(json, "until", p.Until);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("states");
        foreach (var s in knowledge.StatesOf(actor.Id)) ClaimJson.WriteState(json, s);
        json.WriteEndArray();
        json.WriteStartArray("allies");
        foreach (var r in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Partner.Value);
            json.WriteString("name", r.Name);
            json.WriteString("kind", r.Kind);
            json.WriteString("side", r.Side.ToString().ToLowerInvariant());
            json.WriteNumber("claims", r.Claims);
            json.WriteStartArray("relationship");
            foreach (var x in r.Relationship) json.WriteStringValue(x);
            json.WriteEndArray();
            EvidenceJson.WriteNullable(json, "commitment", r.Commitment);
            json.WriteStartArray("capability");
            foreach (var s in r.Capability) ClaimJson.WriteState(json, s);
            json.WriteEndArray();
            json.WriteStartArray("stated_intent");
            foreach (var c in r.StatedIntent) WritePartnerClaim(json, knowledge, actor.Id, c);
            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var c in r.Sources.Take(20)) WritePartnerClaim(json, knowledge, actor.Id, c);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Every tie claim taken from one document, for the page that added it.</summary>
    public static void WriteDocumentClaims(KnowledgeBase knowledge, string documentId, Stream output)
    {
        using var json = EvidenceJson.Open(output, indented: false);
        json.WriteStartObject();
        json.WriteString("document", documentId);
        json.WriteStartArray("claims");
        foreach (var c in knowledge.Claims.Where(c => c.Evidence.DocumentId == documentId))
        {
            json.WriteStartObject();
            json.WriteString("source_name", knowledge.NameOf(c.Source));
            json.WriteString("target_name", knowledge.NameOf(c.Target));
            json.WritePropertyName("claim");
            ClaimJson.WriteClaim(json, c);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("states");
        foreach (var s in knowledge.States.Where(s => s.Evidence.DocumentId == documentId)) ClaimJson.WriteState(json, s);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePartnerClaim(Utf8JsonWriter json, KnowledgeBase knowledge, ActorId actor, TieClaim c)
    {
        var partner = c.Source == actor ? c.Target : c.Source;
        json.WriteStartObject();
        json.WriteString("partner", partner.Value);
        json.WriteString("partner_name", knowledge.NameOf(partner));
        json.WriteString("direction", c.Source == actor ? "out" : "in");
        EvidenceJson.WriteDate(json, "date", c.EffectiveDate);
        json.WritePropertyName("claim");
        ClaimJson.WriteClaim(json, c);
        json.WriteEndObject();
    }
}
