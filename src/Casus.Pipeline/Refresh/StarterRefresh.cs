using Casus.Pipeline.Starter;
using Casus.Store;

namespace Casus.Pipeline.Refresh;

/// <summary>
/// Brings a database's starter knowledge base to what this build ships. A starter source is keyed by
/// its origin (<c>starter:URL#DATE</c>, stable across edits of its rows); its document id is the hash of
/// its statements. So: a shipped origin not stored is added; a stored one whose text changed is replaced
/// whole, and one whose text is the same but whose claims changed gets the shipped claims; a stored
/// origin no longer shipped is removed. Each change is one transaction; an unchanged source is not
/// touched, so a second run changes nothing.
/// </summary>
internal static class StarterRefresh
{
    public const string OriginPrefix = "starter:";

    public static StarterChanges Run(ICasusStore store, IReadOnlyList<StarterDocument> shipped, IReadOnlyList<DocumentExtraction> extractions)
    {
        var stored = extractions.Where(e => IsStarter(e.Origin))
            .GroupBy(e => e.Origin, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.DocumentId).ToList(), StringComparer.Ordinal);
        int added = 0, replaced = 0, removed = 0;
        foreach (var source in shipped)
        {
            var replacement = new DocumentWithClaims(source.Document, source.Ties, source.States);
            if (!stored.Remove(source.Document.Origin, out var ids))
            {
                if (store.AddDocument(source.Document, source.Ties, source.States)) added++;
                continue;
            }
            // Normally one stored document per origin; any other is an older copy of the same source.
            IEnumerable<string> older;
            if (ids.Contains(source.Document.Id))
            {
                if (!Unchanged(store, source) && store.ReplaceClaims(source.Document.Id, source.Ties, source.States)) replaced++;
                older = ids.Where(id => id != source.Document.Id);
            }
            else
            {
                if (store.ReplaceDocument(ids[0], replacement)) replaced++;
                older = ids.Skip(1);
            }
            foreach (var id in older)
                if (store.ReplaceDocument(id, null)) removed++;
        }
        foreach (var id in stored.Values.SelectMany(ids => ids))
            if (store.ReplaceDocument(id, null)) removed++;
        return new StarterChanges(added, replaced, removed);
    }

    public static bool IsStarter(string origin) => origin.StartsWith(OriginPrefix, StringComparison.Ordinal);

    private static bool Unchanged(ICasusStore store, StarterDocument source) =>
        store.GetDocumentWithClaims(source.Document.Id) is { } stored && SameClaims.Of(stored, source);
}
