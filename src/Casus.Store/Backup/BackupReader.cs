using System.Text.Json;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store.Serialization;

namespace Casus.Store.Backup;

/// <summary>JSON lines back to backup lines. A malformed line is a <see cref="FormatException"/>
/// whose message says what is wrong with it; the caller adds the file name and line number.</summary>
public static class BackupReader
{
    public static BackupLine Parse(string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new FormatException("not JSON (" + e.Message.Split('.')[0] + ")");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
            if (root.TryGetProperty("format", out var format))
            {
                if (format.GetString() != BackupHeader.Format) throw new FormatException("not a Casus backup");
                var version = Int(root, "version");
                if (version > BackupHeader.CurrentVersion) throw new FormatException($"backup format version {version} is newer than this build reads ({BackupHeader.CurrentVersion})");
                return new BackupHeader(version);
            }
            try
            {
                return Required(root, "type") switch
                {
                    "meta" => new BackupMeta(Required(root, "key"), Required(root, "value")),
                    "actor" => ReadActor(root),
                    "document" => ReadDocument(root),
                    var other => throw new FormatException($"unknown line type '{other}'"),
                };
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or InvalidDataException or ArgumentException)
            {
                // Wrong JSON kinds, missing members, unknown enum names: all one kind of problem to the user.
                throw new FormatException(e.Message.Split('\n')[0]);
            }
        }
    }

    private static BackupActor ReadActor(JsonElement root) => new(new Actor(
        new ActorId(Required(root, "id")),
        Required(root, "name"),
        StoredValues.ParseKind(Required(root, "kind")),
        Strings(root, "aliases"),
        Strings(root, "part_of").Select(p => new ActorId(p)).ToList()));

    private static BackupDocument ReadDocument(JsonElement root)
    {
        var id = Required(root, "id");
        var text = Required(root, "text");
        if (text.Length == 0) throw new FormatException($"document {id} has no text");
        var document = new Document(id, text, Text(root, "title"), Text(root, "outlet"), Text(root, "author"),
            StoredValues.ParseDate(Text(root, "date")), Text(root, "url"), Required(root, "origin"), Text(root, "parent_id"));
        var ties = root.GetProperty("ties").EnumerateArray().Select(ReadTie).ToList();
        var states = root.GetProperty("states").EnumerateArray().Select(ReadState).ToList();
        // A document's id is the hash of its text (how duplicates are recognised): a backup whose id is not
        // would store a second copy under a made-up id, or hide a text that was altered after the backup.
        if (id != DocumentText.Hash(text) && id != Document.Create(text, null, null, null, null, null, "restore").Id)
            throw new FormatException($"document {Clip(id)}: its id is not the hash of its text (altered or not written by casus backup)");
        foreach (var evidence in ties.Select(t => t.Evidence).Concat(states.Select(s => s.Evidence)))
            CheckEvidence(document, evidence);
        return new BackupDocument(document, ties, states);
    }

    private static TieClaim ReadTie(JsonElement tie) => new(
        new ActorId(Required(tie, "source")),
        new ActorId(Required(tie, "target")),
        StoredValues.ParseTieType(Required(tie, "type")),
        Int(tie, "sign"),
        StoredValues.ParseModality(Required(tie, "modality")),
        ReadEvidence(tie.GetProperty("evidence")),
        Attribution: Text(tie, "attribution"),
        ValidFrom: StoredValues.ParseDate(Text(tie, "valid_from")),
        ValidUntil: StoredValues.ParseDate(Text(tie, "valid_until")),
        Clauses: StoredValues.ParseClauses(Text(tie, "clauses")),
        Condition: Text(tie, "condition"),
        ConditionActor: Text(tie, "condition_actor") is { } actor ? new ActorId(actor) : null,
        Cue: Text(tie, "cue"));

    private static StateClaim ReadState(JsonElement state) => new(
        new ActorId(Required(state, "actor")),
        StoredValues.ParseStateKind(Required(state, "kind")),
        StoredValues.ParseModality(Required(state, "modality")),
        ReadEvidence(state.GetProperty("evidence")),
        Quantity: state.TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Number ? q.GetDouble() : null,
        Attribution: Text(state, "attribution"),
        ValidFrom: StoredValues.ParseDate(Text(state, "valid_from")),
        ValidUntil: StoredValues.ParseDate(Text(state, "valid_until")),
        Context: Text(state, "context"),
        Cue: Text(state, "cue"));

    /// <summary>Evidence must quote its own document: inside the text, and the very sentence at those offsets.</summary>
    private static void CheckEvidence(Document document, Evidence evidence)
    {
        if (evidence.DocumentId != document.Id)
            throw new FormatException($"document {Clip(document.Id)}: a claim cites another document ({Clip(evidence.DocumentId)})");
        if (evidence.Start < 0 || evidence.End < evidence.Start || evidence.End > document.Text.Length)
            throw new FormatException($"document {Clip(document.Id)}: evidence offsets {evidence.Start}..{evidence.End} lie outside its text ({document.Text.Length} characters)");
        if (!document.Text.AsSpan(evidence.Start, evidence.End - evidence.Start).SequenceEqual(evidence.Sentence))
            throw new FormatException($"document {Clip(document.Id)}: the text at offsets {evidence.Start}..{evidence.End} is not the claim's sentence");
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static Evidence ReadEvidence(JsonElement e) => new Evidence(
        Required(e, "document"),
        Required(e, "sentence"),
        Int(e, "start"),
        Int(e, "end"),
        Text(e, "outlet"),
        StoredValues.ParseDate(Text(e, "date")),
        Required(e, "extractor"),
        Required(e, "lexicon_version"),
        Text(e, "url")).Validate();

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static string Required(JsonElement element, string name) =>
        Text(element, name) ?? throw new FormatException($"'{name}' is missing");

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : throw new FormatException($"'{name}' is not an integer");

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
            : [];
}
