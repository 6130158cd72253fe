using Casus.Extract.Lexicons;

namespace Casus.Extract.Rules;

/// <summary>
/// Widens a state's hit over the office that speaks for it, so that "Iran's foreign minister",
/// "a Kremlin spokesman", "the Russian defence ministry" and "the foreign minister of Iran" are
/// one mention of the state (its voice, the clause's subject) instead of a possessor or a
/// modifier of an unknown noun. "Russian Foreign Minister Sergei Lavrov" becomes one mention too:
/// the widened hit and the person's hit right after it name the same actor, and the person's
/// name is kept. Organisations and groups speak through their offices too ("a UN envoy", "a
/// NATO spokesman", "a Hamas official").
/// </summary>
internal static class OfficeSpans
{
    public static void Widen(List<ActorHit> hits, string text, ActorLexicon lexicon)
    {
        var offices = lexicon.Offices;
        if (offices.Count == 0 || hits.Count == 0) return;
        var previousEnd = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Person is not null) { previousEnd = hit.End; continue; }
            var start = hit.Start;
            var end = hit.End;
            var before = offices.StartBefore(text, start);
            if (before >= previousEnd && before >= 0) start = before;
            var after = offices.EndAfter(text, end);
            if (after < 0) after = NamedOfficials.QualifiedOfficeEnd(text, end, offices);
            var nextStart = i + 1 < hits.Count ? hits[i + 1].Start : text.Length;
            if (after > 0 && after <= nextStart) end = after;
            if (start == hit.Start && end == hit.End) { previousEnd = hit.End; continue; }
            var person = hit.Person;
            // "Russian Foreign Minister Sergei Lavrov": the office is the person's title.
            if (after > 0 && i + 1 < hits.Count && hits[i + 1].Actor == hit.Actor && hits[i + 1].Person is not null
                && OnlySpaces(text, end, hits[i + 1].Start))
            {
                person = hits[i + 1].Person;
                end = hits[i + 1].End;
                hits.RemoveAt(i + 1);
            }
            hits[i] = new ActorHit(start, end, hit.Actor, person);
            previousEnd = end;
        }
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to - from < 1 || to - from > 2) return false;
        for (var i = from; i < to; i++) if (text[i] != ' ') return false;
        return true;
    }
}
