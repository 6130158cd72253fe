using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store;

namespace Casus.Reliability.Tests.Backup;

/// <summary>
/// A store's whole contents as comparable text, built field by field from the Core records (not by
/// the backup serializer, so a field the serializer forgets cannot hide in both sides of a comparison).
/// </summary>
public static class StoreContents
{
    public static IReadOnlyList<string> Describe(ICasusStore store)
    {
        var lines = new List<string>();
        foreach (var summary in store.Documents().OrderBy(d => d.Id, StringComparer.Ordinal))
            lines.Add(Describe(store.GetDocument(summary.Id)!));
        var knowledge = store.LoadKnowledge([]);
        lines.AddRange(knowledge.Claims.Select(Describe).Order(StringComparer.Ordinal));
        lines.AddRange(knowledge.States.Select(Describe).Order(StringComparer.Ordinal));
        lines.AddRange(store.StoredActors().Select(a => $"actor {a.Id}|{a.Name}|{a.Kind}|{string.Join(",", a.Aliases)}|{string.Join(",", a.PartOf)}").Order(StringComparer.Ordinal));
        return lines;
    }

    private static string Describe(Document d) =>
        $"doc {d.Id}|{d.Text}|{d.Title}|{d.Outlet}|{d.Author}|{d.Date}|{d.Url}|{d.Origin}|{d.ParentId}";

    private static string Describe(TieClaim t) =>
        $"tie {t.Source}|{t.Target}|{t.Type}|{t.Sign}|{t.Modality}|{t.Attribution}|{t.ValidFrom}|{t.ValidUntil}|" +
        $"{(t.Clauses is null ? "null" : "[" + string.Join(";", t.Clauses) + "]")}|{t.Condition}|{t.ConditionActor}|{t.Cue}|{Describe(t.Evidence)}";

    private static string Describe(StateClaim s) =>
        $"state {s.Actor}|{s.Kind}|{s.Modality}|{s.Quantity?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}|{s.Attribution}|{s.ValidFrom}|{s.ValidUntil}|{s.Context}|{s.Cue}|{Describe(s.Evidence)}";

    private static string Describe(Evidence e) =>
        $"{e.DocumentId}|{e.Sentence}|{e.Start}|{e.End}|{e.Outlet}|{e.Date}|{e.Extractor}|{e.LexiconVersion}|{e.Url}";
}
