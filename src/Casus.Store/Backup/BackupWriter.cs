using System.Text.Json;
using Casus.Core.Claims;
using Casus.Store.Serialization;

namespace Casus.Store.Backup;

/// <summary>Backup lines to JSON, one object per line. Every field of a document, claim and its
/// evidence is written, nulls included, so a restore rebuilds exactly what was stored.</summary>
public static class BackupWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static string ToJson(BackupLine line)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            switch (line)
            {
                case BackupHeader header:
                    json.WriteString("format", BackupHeader.Format);
                    json.WriteNumber("version", header.Version);
                    break;
                case BackupMeta meta:
                    json.WriteString("type", "meta");
                    json.WriteString("key", meta.Key);
                    json.WriteString("value", meta.Value);
                    break;
                case BackupActor { Actor: var actor }:
                    json.WriteString("type", "actor");
                    json.WriteString("id", actor.Id.Value);
                    json.WriteString("name", actor.Name);
                    json.WriteString("kind", StoredValues.Kind(actor.Kind));
                    Strings(json, "aliases", actor.Aliases);
                    Strings(json, "part_of", actor.PartOf.Select(p => p.Value));
                    break;
                case BackupDocument document:
                    WriteDocument(json, document);
                    break;
                default:
                    throw new ArgumentException("unknown backup line " + line.GetType().Name, nameof(line));
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDocument(Utf8JsonWriter json, BackupDocument entry)
    {
        var d = entry.Document;
        json.WriteString("type", "document");
        json.WriteString("id", d.Id);
        json.WriteString("text", d.Text);
        json.WriteString("title", d.Title);
        json.WriteString("outlet", d.Outlet);
        json.WriteString("author", d.Author);
        json.WriteString("date", StoredValues.Date(d.Date));
        json.WriteString("url", d.Url);
        json.WriteString("origin", d.Origin);
        json.WriteString("parent_id", d.ParentId);
        json.WriteStartArray("ties");
        foreach (var tie in entry.Ties) WriteTie(json, tie);
        json.WriteEndArray();
        json.WriteStartArray("states");
        foreach (var state in entry.States) WriteState(json, state);
        json.WriteEndArray();
    }

    private static void WriteTie(Utf8JsonWriter json, TieClaim tie)
    {
        json.WriteStartObject();
        json.WriteString("source", tie.Source.Value);
        json.WriteString("target", tie.Target.Value);
        json.WriteString("type", tie.Type.ToSnake());
        json.WriteNumber("sign", tie.Sign);
        json.WriteString("modality", tie.Modality.ToSnake());
        json.WriteString("attribution", tie.Attribution);
        json.WriteString("valid_from", StoredValues.Date(tie.ValidFrom));
        json.WriteString("valid_until", StoredValues.Date(tie.ValidUntil));
        json.WriteString("clauses", StoredValues.Clauses(tie.Clauses));
        json.WriteString("condition", tie.Condition);
        json.WriteString("condition_actor", tie.ConditionActor?.Value);
        json.WriteString("cue", tie.Cue);
        WriteEvidence(json, tie.Evidence);
        json.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter json, StateClaim state)
    {
        json.WriteStartObject();
        json.WriteString("actor", state.Actor.Value);
        json.WriteString("kind", state.Kind.ToSnake());
        json.WriteString("modality", state.Modality.ToSnake());
        if (state.Quantity is { } quantity) json.WriteNumber("quantity", quantity);
        else json.WriteNull("quantity");
        json.WriteString("attribution", state.Attribution);
        json.WriteString("valid_from", StoredValues.Date(state.ValidFrom));
        json.WriteString("valid_until", StoredValues.Date(state.ValidUntil));
        json.WriteString("context", state.Context);
        json.WriteString("cue", state.Cue);
        WriteEvidence(json, state.Evidence);
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject("evidence");
        json.WriteString("document", evidence.DocumentId);
        json.WriteString("sentence", evidence.Sentence);
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
        json.WriteString("outlet", evidence.Outlet);
        json.WriteString("date", StoredValues.Date(evidence.Date));
        json.WriteString("extractor", evidence.Extractor);
        json.WriteString("lexicon_version", evidence.LexiconVersion);
        json.WriteString("url", evidence.Url);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
