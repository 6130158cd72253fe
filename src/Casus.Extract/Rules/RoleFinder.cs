using Casus.Core.Actors;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>An actor (or coordinated group of actors) playing a role in a claim.</summary>
internal readonly record struct Role(ActorId[] Actors, Mention Mention);

/// <summary>
/// Picks who does what to whom around a cue: the subject is the actor right before the cue
/// ("the two countries signed"), else the clause's first plain actor (asides, possessors and
/// compound modifiers only if nothing better); the object is the first actor after the cue (or
/// the one inside the cue's gap: "purchaser of … Iranian oil"); a list ("Hamas in Gaza,
/// Hezbollah in Lebanon and …") makes a group.
/// </summary>
internal sealed class RoleFinder(SentenceFrame frame, AnaphorResolver resolver, Func<ActorId, bool>? targetFilter = null)
{
    private const int AdjacentWords = 2;

    public Role? Subject(PhraseMatch cue, PhrasePattern pattern, bool nearest = false)
    {
        var mentions = frame.Mentions;
        if (pattern.SubjectSlot)
        {
            var slot = mentions.FindLastIndex(m => m.Last < cue.First && m.Last >= cue.First - 5 && OnlyQuotesOrDateBetween(m.Last, cue.First, m.Possessive));
            return slot < 0 ? null : Single(slot);
        }
        if (SpeakerOfCoordinatedVerb(cue) is { } speaker) return speaker;
        var clause = frame.Clause[cue.First];
        var inCondition = frame.InCondition(cue.First);
        int best = -1, bestRank = int.MaxValue;
        var earlierCue = EarlierCueEnd(cue, clause);
        for (var i = 0; i < mentions.Count && mentions[i].Last < cue.First; i++)
        {
            var m = mentions[i];
            // "X condemned Israel's actions and urged de-escalation": Israel is the first verb's object.
            // An aside naming the earlier noun cue's members ("X's allies - A and B - condemned") is the subject.
            if (m.First > earlierCue && frame.Clause[m.First] == clause && !Adjacent(m.Last, cue.First) && !(m.ParentheticalHead && m.First == earlierCue + 2)) continue;
            if (m.InAttribution || m.InCondition != inCondition || resolver.Actors(m).Length == 0) continue;
            var sameClause = frame.Clause[m.First] == clause;
            if (m.Parenthetical && !m.ParentheticalHead) continue;   // "- including some with ties to Israel -"
            // "Washington's point man on Iran has accused …": in the cue's own clause, an actor governed by a
            // preposition is not the subject (from an earlier clause it may still be who acts next).
            var governed = sameClause && Governed(m);
            var weak = m.Possessive || m.Parenthetical || m.Modifier || m.Located || governed;
            if (nearest && !m.Located && !m.Possessive && m.Anaphor is null) { best = i; continue; }
            if (nearest) continue;
            if (!sameClause && weak) continue;
            var rank = (sameClause ? 0 : 10 * (clause - frame.Clause[m.First])) + (governed ? 3 : m.Possessive || m.Modifier || m.Located ? 2 : m.Parenthetical ? 1 : 0);
            if (sameClause && !weak && Adjacent(m.Last, cue.First)) rank = -1;
            // In its own clause the first actor is the subject; from an earlier clause, the nearest.
            if (rank < bestRank || (rank == bestRank && (rank == -1 || !sameClause))) { best = i; bestRank = rank; }
        }
        return best < 0 ? null : Group(best);
    }

    /// <summary>"X said that …, and accused Y of …": a verb joined by ", and" to a sentence whose
    /// speaker is known has the speaker as its subject, not an actor of the reported speech.</summary>
    private Role? SpeakerOfCoordinatedVerb(PhraseMatch cue)
    {
        if (frame.Speaker is not { } speaker || speaker.Token >= cue.First || cue.First < 2) return null;
        if (!PhraseMatcher.WordEquals(frame.TokenText(cue.First - 1), "and") || frame.Tokens[cue.First - 2].Kind != TokenKind.Comma) return null;
        var index = frame.Mentions.IndexOf(speaker.Speaker);
        return index < 0 || resolver.Actors(speaker.Speaker).Length == 0 ? null : Single(index);
    }

    public Role? Object(PhraseMatch cue, PhrasePattern pattern, ActorId[] exclude, bool ownClause = false, bool stopAtComma = false)
    {
        var mentions = frame.Mentions;
        if (pattern.ObjectSlot)
        {
            var t = cue.Last + 1;
            while (t < frame.Tokens.Count && (frame.Tokens[t].Kind == TokenKind.Quote || PhraseMatcher.WordEquals(frame.TokenText(t), "the"))) t++;
            var slot = mentions.FindIndex(m => m.First == t);
            return slot < 0 ? null : Usable(slot, exclude);
        }
        if (cue.GapFirst >= 0)
        {
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                // "gathered in Kuala Lumpur with their US counterparts": a place inside the gap is not the party after it.
                if (m.First >= cue.GapFirst && m.Last <= cue.GapLast && !m.InAttribution && !m.Located && m.Anaphor is not (AnaphorKind.They or AnaphorKind.Their)
                    && Usable(i, exclude) is { } inGap) return inGap;
            }
        }
        var clause = frame.Clause[cue.First];
        var inCondition = frame.InCondition(cue.First);
        // "X's allies - A and B - have …": an aside opening right after the cue names its object.
        var aside = mentions.FindIndex(m => m.First > cue.Last);
        if (aside >= 0 && mentions[aside].ParentheticalHead && frame.Tokens[cue.Last + 1].Kind is TokenKind.Dash or TokenKind.OpenParen
            && Usable(aside, exclude) is { } appositive) return appositive;
        // "called on the world to condemn …, to reaffirm respect for Syria's sovereignty": an event's counterpart
        // comes before the first comma after its cue; an actor beyond it belongs to another phrase.
        var limit = stopAtComma ? FirstCommaAfter(cue.Last) : int.MaxValue;
        // "thanked the leaders for …, noted Iran's …": a description right after the cue is the object even when it
        // names no one we can resolve; the search does not walk on to an actor of a later phrase.
        var next = mentions.FindIndex(m => m.First > cue.Last);
        if (next >= 0 && mentions[next] is { Anaphor: not null } description && description.Last > description.First
            && description.First <= cue.Last + 1 && resolver.Actors(description).Length == 0) return null;
        for (var pass = 0; pass < (ownClause ? 2 : 4); pass++)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.First <= cue.Last || m.First > limit || m.InAttribution || m.InCondition != inCondition) continue;
                // "with their US and Chinese counterparts": the possessive pronoun is a determiner of the actors after it.
                if (m.Anaphor is AnaphorKind.Their or AnaphorKind.Its && i + 1 < mentions.Count && mentions[i + 1].First == m.Last + 1) continue;
                var fits = pass switch
                {
                    0 => frame.Clause[m.First] == clause && !m.Parenthetical && !m.Modifier,
                    1 => frame.Clause[m.First] == clause && !m.Modifier,
                    2 => !m.Parenthetical && !m.Modifier,
                    _ => true,
                };
                if (fits && Usable(i, exclude) is { } found) return found;
            }
        }
        return null;
    }

    private int FirstCommaAfter(int token)
    {
        for (var t = token + 1; t < frame.Tokens.Count; t++)
            if (frame.Tokens[t].Kind is TokenKind.Comma or TokenKind.Semicolon) return t;
        return int.MaxValue;
    }

    private Role? Usable(int index, ActorId[] exclude)
    {
        var m = frame.Mentions[index];
        var actors = resolver.Actors(m);
        if (actors.Length > 0 && actors.All(exclude.Contains)) actors = m.Alternative;
        if (targetFilter is not null) actors = actors.Where(targetFilter).ToArray();
        if (actors.Length == 0 || actors.All(exclude.Contains)) return null;
        var group = Group(index);
        if (targetFilter is not null) group = group with { Actors = group.Actors.Where(targetFilter).ToArray() };
        // "The presidents of A, B and C … pressed both sides": the subject's own members are not its objects.
        if (exclude.Length > 0 && group.Actors.Length > 1 && group.Actors.Any(exclude.Contains))
        {
            group = group with { Actors = group.Actors.Where(a => !exclude.Contains(a)).ToArray() };
            return group.Actors.Length == 0 ? null : group;
        }
        return group.Actors.Length > 1 ? group : new Role(actors, m);
    }

    private Role Single(int index) => new(resolver.Actors(frame.Mentions[index]), frame.Mentions[index]);

    /// <summary>The group the mention belongs to, even when it is not the list's first item.</summary>
    private Role Group(int index)
    {
        var members = GroupMembers(frame, index);
        if (members.Count == 1 || !members.Contains(index)) return Single(index);
        var actors = members.SelectMany(i => resolver.Actors(frame.Mentions[i])).Distinct().ToArray();
        return new Role(actors, frame.Mentions[index]);
    }

    private static readonly string[] Prepositions = ["on", "for", "of", "to", "with", "against", "from", "toward", "towards", "about", "over"];

    /// <summary>The mention follows a preposition (with at most "the" between) and is not the first word of its sentence.</summary>
    private bool Governed(Mention m)
    {
        var t = m.First - 1;
        if (t >= 0 && PhraseMatcher.WordEquals(frame.TokenText(t), "the")) t--;
        if (t < 0 || !frame.Tokens[t].IsWordLike) return false;
        var word = frame.TokenText(t);
        foreach (var p in Prepositions) if (PhraseMatcher.WordEquals(word, p)) return true;
        return false;
    }

    private int EarlierCueEnd(PhraseMatch cue, int clause)
    {
        foreach (var other in frame.Cues)
            if (other.First < cue.First && other.Last < cue.First && frame.Clause[other.First] == clause) return other.Last;
        return int.MaxValue;
    }

    private bool Adjacent(int last, int first)
    {
        var words = 0;
        for (var t = last + 1; t < first; t++)
        {
            if (!frame.Tokens[t].IsWordLike) return false;
            if (frame.ListEnd[t] >= 0) return false;   // "A and B and promised to …": a second verb of an earlier subject
            if (IsModalWord(t)) continue;   // "B for reluctance to side with": B is who is reluctant
            if (++words > AdjacentWords) return false;
            // "sent troops to B to help retake …": B is the earlier verb's object, not the helper
            // ("expects B to condemn": B condemns).
            if (t < first - 1 && PhraseMatcher.WordEquals(frame.TokenText(t), "to")) return false;
        }
        return true;
    }

    /// <summary>"Israel's strike", "Israel's 9 September strike": a date may stand between the actor
    /// and its act (at most a quote and a day, month and year).</summary>
    private bool IsModalWord(int t)
    {
        foreach (var match in frame.Modality)
            if (match.First <= t && match.Last >= t && frame.ModalMatch(match)) return true;
        return false;
    }

    private bool OnlyQuotesOrDateBetween(int last, int first, bool possessive = false)
    {
        var words = 0;
        var modifiers = 0;
        for (var t = last + 1; t < first; t++)
        {
            if (frame.Tokens[t].Kind == TokenKind.Quote) continue;
            // "its overnight drone assault on", "Israel's latest air strikes on": after a possessor, plain lowercase
            // modifiers of the act ("the PMF could launch attacks on" is no possessor's act).
            if (possessive && IsModifier(t)) { if (++modifiers > MaxModifiers) return false; continue; }
            if (!DateFinder.IsDatePart(frame, t) || ++words > 3) return false;
        }
        return true;
    }

    private const int MaxModifiers = 2;

    private static readonly string[] FunctionWords =
        ["for", "of", "to", "in", "on", "at", "with", "and", "or", "but", "the", "a", "an", "that", "which", "by", "from", "as", "is", "was", "has", "had", "have", "will", "would", "said", "says"];

    private bool IsModifier(int t)
    {
        if (frame.Tokens[t].Kind != TokenKind.Word || frame.IsUpperWord(t) || DateFinder.IsDatePart(frame, t)) return false;
        var word = frame.TokenText(t);
        if (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)) return false;
        foreach (var f in FunctionWords) if (PhraseMatcher.WordEquals(word, f)) return false;
        return true;
    }

    /// <summary>The mentions coordinated with the one at <paramref name="index"/>: "A, B and C",
    /// "A in X, B in Y as well as C", "the Houthi militants in Yemen". Computed once per mention
    /// and sentence (the frame keeps it: the rules ask for the same groups many times); the list
    /// is shared, so callers must not change it.</summary>
    public static List<int> Coordination(SentenceFrame frame, int index)
    {
        var cache = frame.CoordinationCache;
        if (cache.Count != frame.Mentions.Count)
        {
            cache.Clear();
            for (var i = 0; i < frame.Mentions.Count; i++) cache.Add(null);
        }
        return cache[index] ??= ComputeCoordination(frame, index);
    }

    private static int MentionAt(List<Mention> mentions, int first, bool plainOnly)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].First == first && (!plainOnly || mentions[i].Anaphor is null)) return i;
        return -1;
    }

    private static List<int> ComputeCoordination(SentenceFrame frame, int index)
    {
        var group = new List<int> { index };
        var mentions = frame.Mentions;
        var tokens = frame.Tokens;
        var current = index;
        List<bool>? joinedByWord = null;
        while (true)
        {
            var t = mentions[current].Last + 1;
            if (t < tokens.Count && tokens[t].Kind == TokenKind.OpenParen)
                while (t < tokens.Count && tokens[t - 1].Kind != TokenKind.CloseParen) t++;
            if (t + 1 < tokens.Count && tokens[t].Kind == TokenKind.Word && !frame.IsUpperWord(t) && ListWordAt(frame, t) < 0 && !IsIn(frame, t)
                && (tokens[t + 1].Kind == TokenKind.Comma || ListWordAt(frame, t + 1) >= 0 || IsIn(frame, t + 1))) t++;   // "Houthi militants"
            var location = t + 1 < tokens.Count && IsIn(frame, t) ? MentionAt(mentions, t + 1, plainOnly: false) : -1;
            if (location >= 0) t = mentions[location].Last + 1;
            else if (t + 1 < tokens.Count && IsIn(frame, t) && frame.IsUpperWord(t + 1))
                for (t++; t < tokens.Count && frame.IsUpperWord(t); t++) { }
            var separated = false;
            if (t < tokens.Count && tokens[t].Kind == TokenKind.Comma) { separated = true; t++; }
            var list = ListWordAt(frame, t);
            if (list >= 0) { separated = true; t = list + 1; }
            var byWord = list >= 0;
            if (t < tokens.Count && PhraseMatcher.WordEquals(frame.TokenText(t), "the")) t++;
            if (separated) t = AfterCompoundModifier(frame, t);
            var next = separated ? MentionAt(mentions, t, plainOnly: true) : -1;
            if (next < 0 || group.Contains(next))
            {
                // "A, B and C" is a list; "A, B" alone is two clauses ("… with Israel, Putin could …").
                while (joinedByWord is { Count: > 0 } && !joinedByWord[^1]) { joinedByWord.RemoveAt(joinedByWord.Count - 1); group.RemoveAt(group.Count - 1); }
                return group;
            }
            group.Add(next);
            (joinedByWord ??= []).Add(byWord);
            current = next;
        }
    }

    /// <summary>"A and nuclear-armed B": a hyphenated lowercase modifier ("nuclear-armed",
    /// "oil-rich") before a list item belongs to the item; returns the token after it, or
    /// <paramref name="t"/> when there is none.</summary>
    private static int AfterCompoundModifier(SentenceFrame frame, int t)
    {
        var tokens = frame.Tokens;
        var s = t;
        while (s + 1 < tokens.Count && tokens[s].Kind == TokenKind.Word && !frame.IsUpperWord(s)
               && tokens[s].End < frame.Text.Length && frame.Text[tokens[s].End] == '-' && tokens[s + 1].Start == tokens[s].End + 1)
            s++;
        return s > t && tokens[s].Kind == TokenKind.Word && !frame.IsUpperWord(s) ? s + 1 : t;
    }

    private static bool IsIn(SentenceFrame frame, int t) =>
        frame.Tokens[t].Kind == TokenKind.Word && PhraseMatcher.WordEquals(frame.TokenText(t), "in");

    /// <summary>The last token of a list joiner ("and", "as well as") starting at <paramref name="t"/>, or -1.</summary>
    private static int ListWordAt(SentenceFrame frame, int t) => t < frame.ListEnd.Count ? frame.ListEnd[t] : -1;

    /// <summary>Members of the coordinated group holding mention <paramref name="index"/>, computed once per sentence.</summary>
    public static List<int> GroupMembers(SentenceFrame frame, int index)
    {
        if (frame.GroupHead.Count != frame.Mentions.Count)
        {
            frame.GroupHead.Clear();
            for (var i = 0; i < frame.Mentions.Count; i++) frame.GroupHead.Add(-1);
            for (var i = 0; i < frame.Mentions.Count; i++)
            {
                if (frame.GroupHead[i] >= 0) continue;
                foreach (var member in Coordination(frame, i)) if (frame.GroupHead[member] < 0) frame.GroupHead[member] = i;
            }
        }
        var head = frame.GroupHead[index];
        return head == index || head < 0 ? Coordination(frame, index) : Coordination(frame, head);
    }
}
