using Casus.Core.Actors;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Rules;

/// <summary>
/// People named once in full are later called by one word of their name, and officials the
/// lexicon does not know are introduced by their office: "Thailand's acting Prime Minister
/// Phumtham Wechayachai … Phumtham's office said", "Anwar Ibrahim … Anwar said". Within one
/// document, such a name (and its first or last word) speaks for the actor its office or its
/// lexicon entry names. A word two such names share ("Abdel Fattah al-Burhan", "Abdel Fattah
/// el-Sisi") names neither. Runs once per document over its alias hits (sorted by start).
/// </summary>
internal static class NamedOfficials
{
    private const int MaxNameWords = 3;
    private const int MinPartLength = 3;

    // Capitalised words that follow an office but are not a name ("the foreign minister On Monday …").
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "On", "In", "At", "As", "And", "But", "For", "Of", "To", "By", "With", "From", "After", "Before",
        "He", "She", "It", "They", "We", "His", "Her", "Their", "This", "That", "Said", "Says", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "General", "Gen",
    };

    // Name particles and very common given names: too many people share them to stand alone.
    private static readonly HashSet<string> NotParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "bin", "ibn", "abu", "abd", "abdel", "abdul", "abdullah", "mohammed", "mohammad", "muhammad",
        "ahmed", "ahmad", "ali", "van", "von", "der", "del", "de", "la", "le", "da", "di", "mr", "mrs", "ms", "dr",
        "sheikh", "prince", "king", "emir",
    };

    // "Thailand's acting Prime Minister": a word before the office that keeps it the state's voice.
    private static readonly string[] OfficeQualifiers = ["acting", "caretaker", "interim"];

    /// <summary>Widens "X's acting prime minister" over the office as <see cref="OfficeSpans"/> does for a bare office.</summary>
    public static int QualifiedOfficeEnd(string text, int end, OfficeLexicon offices)
    {
        var at = end;
        if (at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] is 's' or 'S') at += 2;
        if (at >= text.Length || text[at] != ' ') return -1;
        foreach (var q in OfficeQualifiers)
        {
            var wordEnd = at + 1 + q.Length;
            if (wordEnd < text.Length && text.AsSpan(at + 1, q.Length).Equals(q, StringComparison.OrdinalIgnoreCase) && text[wordEnd] == ' ')
                return offices.EndAfter(text, wordEnd);
        }
        return -1;
    }

    public static void Add(List<ActorHit> hits, string text, ActorLexicon lexicon)
    {
        if (hits.Count == 0) return;
        var names = new List<(string Name, ActorId Actor, int After)>();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Person is not null)
            {
                // A known person named in full ("Anwar Ibrahim"): later their single name is them too.
                if (hit.Person.Contains(' ')) names.Add((hit.Person, hit.Actor, hit.End));
                continue;
            }
            if (!EndsInOffice(text, hit, lexicon.Offices)) continue;
            var nextStart = i + 1 < hits.Count ? hits[i + 1].Start : text.Length;
            var start = hit.End;
            var joined = start < text.Length && text[start] == ' ';
            if (start + 1 < text.Length && text[start] == ',' && text[start + 1] == ' ') start += 2;
            else if (joined) start += 1;
            else continue;
            var end = NameEnd(text, start, nextStart);
            if (end <= start) continue;
            var name = text[start..end];
            names.Add((name, hit.Actor, end));
            // "Iran's foreign minister Abbas Araghchi": the name is part of the office's mention.
            if (joined) hits[i] = hit with { End = end, Person = name };
        }
        if (names.Count == 0) return;

        var parts = new Dictionary<string, (ActorId Actor, int After, string Name)>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, actor, after) in names)
        {
            foreach (var part in Parts(name))
            {
                if (parts.TryGetValue(part, out var known))
                {
                    if (known.Actor != actor) shared.Add(part);
                    continue;
                }
                parts[part] = (actor, after, name);
            }
        }
        var added = new List<ActorHit>();
        foreach (var (part, (actor, after, name)) in parts)
        {
            if (shared.Contains(part)) continue;
            for (var at = text.IndexOf(part, after, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                var end = at + part.Length;
                if (at > 0 && (char.IsLetter(text[at - 1]) || text[at - 1] == '-')) continue;
                if (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) continue;
                added.Add(new ActorHit(at, end, actor, name));
            }
        }
        if (added.Count == 0) return;
        added.Sort((a, b) => a.Start.CompareTo(b.Start));
        Merge(hits, added);
    }

    /// <summary>Adds the new hits that overlap no existing one (a full name covers its parts), keeping start order.</summary>
    private static void Merge(List<ActorHit> hits, List<ActorHit> added)
    {
        var merged = new List<ActorHit>(hits.Count + added.Count);
        var j = 0;
        var lastEnd = -1;
        foreach (var hit in hits)
        {
            while (j < added.Count && added[j].Start < hit.Start)
            {
                if (added[j].Start >= lastEnd && added[j].End <= hit.Start) { merged.Add(added[j]); lastEnd = added[j].End; }
                j++;
            }
            merged.Add(hit);
            lastEnd = Math.Max(lastEnd, hit.End);
        }
        for (; j < added.Count; j++)
            if (added[j].Start >= lastEnd) { merged.Add(added[j]); lastEnd = added[j].End; }
        hits.Clear();
        hits.AddRange(merged);
    }

    /// <summary>The whole name, its first word and its last word (when they can stand alone).</summary>
    private static IEnumerable<string> Parts(string name)
    {
        yield return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) yield break;
        foreach (var word in new[] { words[0], words[^1] })
        {
            var w = word.TrimEnd('.', ',');
            if (w.Length >= MinPartLength && char.IsUpper(w[0]) && !NotParts.Contains(w) && !NotNames.Contains(w)) yield return w;
        }
    }

    /// <summary>Whether the hit's text ends with an office phrase ("Thailand's acting Prime Minister", "Kremlin spokesman").</summary>
    private static bool EndsInOffice(string text, ActorHit hit, OfficeLexicon offices)
    {
        var span = text.AsSpan(hit.Start, hit.End - hit.Start);
        // Most hits are a bare name ("Egypt"): an office needs a word after it, and the next text to start a name.
        if (span.IndexOf(' ') < 0 || hit.End + 1 >= text.Length || !(char.IsUpper(text[hit.End + 1]) || text[hit.End] == ',')) return false;
        var space = span.Length;
        for (var words = 0; words < Math.Min(offices.MaxWords, 4); words++)
        {
            space = span[..space].LastIndexOf(' ');
            if (space < 0) return false;
            if (offices.Contains(span[(space + 1)..].ToString())) return true;
        }
        return false;
    }

    /// <summary>End of a run of up to three capitalised words starting at <paramref name="start"/> (single spaces
    /// between, before <paramref name="limit"/>), or <paramref name="start"/> when none starts there.</summary>
    private static int NameEnd(string text, int start, int limit)
    {
        var end = start;
        var position = start;
        for (var words = 0; words < MaxNameWords && position < limit; words++)
        {
            if (!char.IsUpper(text[position])) break;
            var wordEnd = position;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || (text[wordEnd] == '-' && wordEnd + 1 < text.Length && char.IsLetter(text[wordEnd + 1])))) wordEnd++;
            if (wordEnd > limit || wordEnd - position < 2 || NotNames.Contains(text[position..wordEnd])) break;
            end = wordEnd;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ') break;
            position = wordEnd + 1;
        }
        return end;
    }
}
