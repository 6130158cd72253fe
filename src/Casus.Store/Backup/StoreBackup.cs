using Casus.Core;
using Casus.Core.Claims;

namespace Casus.Store.Backup;

/// <summary>What a backup or restore moved: documents written (or skipped as already present),
/// their claims, and the stored actors.</summary>
public sealed record BackupSummary(int Documents, int SkippedDocuments, int TieClaims, int StateClaims, int Actors);

/// <summary>
/// Copies a whole store to JSON lines and back. A restore stores each document with its claims
/// through <see cref="ICasusStore.AddDocument"/>, so it is atomic per document and idempotent:
/// a restore killed halfway is finished by running it again, and restoring onto a database that
/// already holds some of the documents adds only the others.
/// </summary>
public static class StoreBackup
{
    public static BackupSummary Write(ICasusStore store, TextWriter output)
    {
        output.WriteLine(BackupWriter.ToJson(new BackupHeader(BackupHeader.CurrentVersion)));
        foreach (var key in MetaKeys)
            if (store.GetMeta(key) is { } value) output.WriteLine(BackupWriter.ToJson(new BackupMeta(key, value)));
        var actors = store.StoredActors();
        foreach (var actor in actors) output.WriteLine(BackupWriter.ToJson(new BackupActor(actor)));

        // Documents are listed before claims are read: a document commits with its claims, so every
        // listed document's claims are already there even if another process is ingesting meanwhile.
        var summaries = store.Documents();
        // Claims belong to the document their evidence cites; the knowledge base keeps storage order.
        var knowledge = store.LoadKnowledge([]);
        var ties = knowledge.Claims.ToLookup(c => c.Evidence.DocumentId);
        var states = knowledge.States.ToLookup(s => s.Evidence.DocumentId);
        int documents = 0, tieCount = 0, stateCount = 0;
        foreach (var summary in summaries)
        {
            var document = store.GetDocument(summary.Id);
            if (document is null) continue; // removed meanwhile
            List<TieClaim> docTies = [.. ties[document.Id]];
            List<StateClaim> docStates = [.. states[document.Id]];
            output.WriteLine(BackupWriter.ToJson(new BackupDocument(document, docTies, docStates)));
            documents++;
            tieCount += docTies.Count;
            stateCount += docStates.Count;
        }
        output.Flush();
        return new BackupSummary(documents, 0, tieCount, stateCount, actors.Count);
    }

    /// <summary>Reads a backup into <paramref name="store"/>. A malformed line is an
    /// <see cref="InputException"/> naming <paramref name="name"/> and the line; documents before it stay stored.</summary>
    public static BackupSummary Restore(ICasusStore store, TextReader input, string name)
    {
        int lineNumber = 0, documents = 0, skipped = 0, tieCount = 0, stateCount = 0, actors = 0;
        var sawHeader = false;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            BackupLine parsed;
            try
            {
                parsed = BackupReader.Parse(line);
            }
            catch (FormatException e)
            {
                throw new InputException(sawHeader
                    ? $"'{name}' line {lineNumber}: {e.Message}"
                    : $"'{name}': not a Casus backup (line {lineNumber}: {e.Message})");
            }
            if (!sawHeader && parsed is not BackupHeader)
                throw new InputException($"'{name}': not a Casus backup (line {lineNumber} is not a casus-backup header)");
            switch (parsed)
            {
                case BackupHeader:
                    sawHeader = true;
                    break;
                case BackupMeta meta when MetaKeys.Contains(meta.Key):
                    store.SetMeta(meta.Key, meta.Value);
                    break;
                case BackupActor actor:
                    store.UpsertActors([actor.Actor]);
                    actors++;
                    break;
                case BackupDocument entry when store.AddDocument(entry.Document, entry.Ties, entry.States):
                    documents++;
                    tieCount += entry.Ties.Count;
                    stateCount += entry.States.Count;
                    break;
                case BackupDocument:
                    skipped++;
                    break;
            }
        }
        if (!sawHeader) throw new InputException($"'{name}': file is empty, not a Casus backup");
        return new BackupSummary(documents, skipped, tieCount, stateCount, actors);
    }

    /// <summary>Settings that describe the contents (not the schema, which the target database owns).</summary>
    private static readonly string[] MetaKeys = ["starter", "data_version"];
}
