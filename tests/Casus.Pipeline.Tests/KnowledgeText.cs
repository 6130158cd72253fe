using System.Globalization;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Pipeline.Tests;

/// <summary>A knowledge base as sorted lines (every field of every actor, claim and state), for comparing two
/// ways of building it regardless of claim order.</summary>
internal static class KnowledgeText
{
    public static IReadOnlyList<string> Actors(KnowledgeBase knowledge) => Sorted(knowledge.Actors.Select(a =>
        $"{a.Id}|{a.Name}|{a.Kind}|{string.Join(',', a.Aliases)}|{string.Join(',', a.PartOf.Select(p => p.Value))}"));

    /// <summary>Claims as a multiset: a claim stored twice shows twice.</summary>
    public static IReadOnlyList<string> Claims(KnowledgeBase knowledge) => Sorted(knowledge.Claims.Select(c =>
        $"{c.Source}|{c.Target}|{c.Type}|{c.Sign}|{c.Modality}|{c.Attribution}|{Day(c.ValidFrom)}|{Day(c.ValidUntil)}|" +
        $"{(c.Clauses is null ? "-" : string.Join(',', c.Clauses.Select(k => $"{k.Kind}:{k.Present}:{k.Condition}")))}|" +
        $"{c.Condition}|{c.ConditionActor}|{c.Cue}|{Evidence(c.Evidence)}"));

    public static IReadOnlyList<string> States(KnowledgeBase knowledge) => Sorted(knowledge.States.Select(s =>
        $"{s.Actor}|{s.Kind}|{s.Modality}|{s.Quantity?.ToString("R", CultureInfo.InvariantCulture)}|{s.Attribution}|" +
        $"{Day(s.ValidFrom)}|{Day(s.ValidUntil)}|{s.Context}|{s.Cue}|{Evidence(s.Evidence)}"));

    /// <summary>Asserts both hold the same actors, claims and states.</summary>
    public static void AssertSame(KnowledgeBase expected, KnowledgeBase actual)
    {
        Assert.Equal(Actors(expected), Actors(actual));
        Assert.Equal(Claims(expected), Claims(actual));
        Assert.Equal(States(expected), States(actual));
    }

    private static string Evidence(Evidence e) =>
        $"{e.DocumentId}|{e.Sentence}|{e.Start}|{e.End}|{e.Outlet}|{Day(e.Date)}|{e.Extractor}|{e.LexiconVersion}|{e.Url}";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();
}
