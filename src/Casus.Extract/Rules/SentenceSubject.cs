using Casus.Core.Actors;

namespace Casus.Extract.Rules;

/// <summary>Who a sentence is about, for "it"/"they" in the next one: the source of its first
/// claim that is not a reversed cue's (a pair counts as both), else the first plain actor of its first clause that has one.</summary>
internal static class SentenceSubject
{
    public static ActorId[]? Of(SentenceFrame frame, AnaphorResolver resolver, List<TieDraft> ties)
    {
        // A reversed cue's source is not the sentence's subject ("X was hit by attacks by Y").
        if (ties.FirstOrDefault(t => !t.Reversed) is { } first)
        {
            var pair = ties.Any(t => t.CueToken == first.CueToken && t.Source == first.Target && t.Target == first.Source);
            var mate = ties.Where(t => t.CueToken == first.CueToken && t.Target == first.Target).Select(t => t.Source).Distinct().ToArray();
            if (pair) return [first.Source, first.Target];
            return mate.Length > 1 ? mate : [first.Source];
        }
        for (var i = 0; i < frame.Mentions.Count; i++)
        {
            var m = frame.Mentions[i];
            if (m.InAttribution || m.Possessive || m.Parenthetical || m.InCondition) continue;
            if (frame.Clause[m.First] < frame.MainClause && HasMainClauseMention(frame)) continue;   // skip "But like Russia,"

            if (resolver.Actors(m).Length == 0) continue;
            var group = RoleFinder.Coordination(frame, i);
            return group.SelectMany(g => resolver.Actors(frame.Mentions[g])).Distinct().ToArray();
        }
        return null;
    }

    private static bool HasMainClauseMention(SentenceFrame frame) =>
        frame.Mentions.Any(m => frame.Clause[m.First] >= frame.MainClause && !m.Possessive && !m.InAttribution);
}
