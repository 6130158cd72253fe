using Casus.Core.Actors;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Rules;

/// <summary>
/// Resolves pronouns and definite descriptions ("it", "its", "the two countries", "we") to
/// actors, lazily, when a rule first needs them: "the two countries" can then point at the
/// pair of a claim built earlier in the same sentence.
/// </summary>
internal sealed class AnaphorResolver(SentenceFrame frame, DocumentMemory memory, List<TieDraft> sentenceTies, Func<ActorId, bool>? isBloc = null)
{
    private readonly HashSet<Mention> _resolving = [];

    public ActorId[] Actors(Mention mention)
    {
        if (mention.IsResolved || mention.Anaphor is null || !_resolving.Add(mention)) return mention.Actors;
        try
        {
            mention.Actors = mention.Anaphor switch
            {
                AnaphorKind.It when IsPersonal(mention) => EarlierPerson(mention) ?? EarlierClauseSubject(mention) ?? SameClauseSubject(mention)
                    ?? RecentPerson() ?? memory.Singular ?? [],
                AnaphorKind.It when Cleft(mention) is { } named => named,
                AnaphorKind.It => EarlierClauseSubject(mention) ?? RelativeClauseSubject(mention) ?? memory.Singular ?? [],
                AnaphorKind.Its => Nearest(mention) ?? EarlierClauseSubject(mention) ?? memory.Singular ?? [],
                AnaphorKind.They => PluralSpeaker(mention) ?? ClaimPairBefore(mention) ?? EarlierGroup(mention) ?? OlderPlural(mention) ?? [],
                AnaphorKind.Their => EarlierGroup(mention) ?? OlderPlural(mention, always: true) ?? [],
                AnaphorKind.We => frame.Quoted[mention.First] ? (frame.Speaker is { } s ? Actors(s.Speaker) : memory.Singular ?? []) : [],
                AnaphorKind.Topic => Topic(mention) ?? memory.Singular ?? [],
                AnaphorKind.Pair => ClaimPairBefore(mention) ?? EarlierGroup(mention) ?? PreviousClaimPair() ?? memory.Plural ?? RecentPair() ?? [],
                AnaphorKind.Bloc => NearestBloc(mention) ?? (memory.LastBloc is { } bloc ? [bloc] : []),
                _ => [],
            };
            return mention.Actors;
        }
        finally { _resolving.Remove(mention); }
    }

    private ActorId[]? EarlierClauseSubject(Mention mention)
    {
        var clause = frame.Clause[mention.First];
        foreach (var other in frame.Mentions)
        {
            if (other.First >= mention.First) break;
            if (other.InAttribution || other.Possessive || other.Parenthetical || frame.Clause[other.First] >= clause) continue;
            var actors = Actors(other);
            if (actors.Length == 1) return actors;
        }
        return null;
    }

    /// <summary>"It was Iran, he stressed, that attacked …": a cleft's "it" is the actor it puts forward.</summary>
    private ActorId[]? Cleft(Mention mention)
    {
        var t = mention.Last + 1;
        if (t + 1 >= frame.Tokens.Count || !(PhraseMatcher.WordEquals(frame.TokenText(t), "was") || PhraseMatcher.WordEquals(frame.TokenText(t), "is"))) return null;
        var named = frame.Mentions.Find(m => m.First == t + 1 && m.Anaphor is null);
        if (named is null || named.Possessive) return null;
        var after = named.Last + 1;
        if (after >= frame.Tokens.Count) return null;
        var closes = frame.Tokens[after].Kind == Text.TokenKind.Comma || PhraseMatcher.WordEquals(frame.TokenText(after), "that") || PhraseMatcher.WordEquals(frame.TokenText(after), "who");
        return closes && named.Actors.Length > 0 ? named.Actors : null;
    }

    /// <summary>How many sentences back "the leaders", "the two men" may find the list they name.</summary>
    private const int DescriptionWindow = 2;

    /// <summary>The last plural subject or list; a list that was not its sentence's subject counts for a description
    /// ("the two men", "the leaders") and for "their" only while recent: "the war between A and B" three sentences
    /// back is not who "the two men" are, nor whose "their friendship" (a plural subject stays in force).</summary>
    private ActorId[]? OlderPlural(Mention mention, bool always = false) =>
        memory.PluralFromList && (always || mention.Last > mention.First) && memory.SentenceNumber - memory.PluralSentence > DescriptionWindow
            ? null : memory.Plural;

    private static readonly string[] SpeechVerbs = ["said", "say", "says", "claimed", "stated", "announced", "added"];

    /// <summary>"Iran's Revolutionary Guards said they had fired …": "they" right after a speech verb whose subject is
    /// a plural noun naming one actor (guards, forces, officials, ministers) is that actor, not an older list.</summary>
    private ActorId[]? PluralSpeaker(Mention mention)
    {
        var verb = mention.First - 1;
        if (verb >= 1 && PhraseMatcher.WordEquals(frame.TokenText(verb), "that")) verb--;
        if (verb < 1 || !IsAny(frame.TokenText(verb), SpeechVerbs)) return null;
        // The plural noun is the mention's last word ("Revolutionary Guards") or the word after it ("Valdorian forces").
        var noun = verb - 1;
        var speaker = frame.Mentions.Find(m => m.Last == noun && m.Anaphor is null)
            ?? (frame.IsUpperWord(noun) ? null : frame.Mentions.Find(m => m.Last == noun - 1 && m.Anaphor is null));
        if (speaker is null || speaker.Possessive || speaker.Actors.Length == 0) return null;
        var text = frame.TokenText(noun);
        return text.Length > 3 && text[^1] == 's' && char.IsLower(text[^2]) ? speaker.Actors : null;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words) if (PhraseMatcher.WordEquals(word, w)) return true;
        return false;
    }

    /// <summary>"he", "she": a person, never a state named as such ("Pashinyan's anger grew. He declined …").</summary>
    private bool IsPersonal(Mention mention) =>
        mention.First == mention.Last && (PhraseMatcher.WordEquals(frame.TokenText(mention.First), "he") || PhraseMatcher.WordEquals(frame.TokenText(mention.First), "she"));

    /// <summary>A person named earlier in the sentence ("Anwar said he had spoken …").</summary>
    private ActorId[]? EarlierPerson(Mention mention)
    {
        foreach (var other in frame.Mentions)
        {
            if (other.First >= mention.First) break;
            if (other.Anaphor is null && other.Person is not null && other.Actors.Length == 1) return other.Actors;
        }
        return null;
    }

    /// <summary>"Iran's foreign minister said he …": the first plain actor of the pronoun's own clause.</summary>
    private ActorId[]? SameClauseSubject(Mention mention)
    {
        foreach (var other in frame.Mentions)
        {
            if (other.First >= mention.First) break;
            if (other.Anaphor is not null || other.InAttribution || other.Possessive || other.Parenthetical || frame.Clause[other.First] != frame.Clause[mention.First]) continue;
            return other.Actors.Length == 1 ? other.Actors : null;
        }
        return null;
    }

    /// <summary>How many sentences back the person "he" or "she" points at may have been named.</summary>
    private const int PersonWindow = 2;

    private ActorId[]? RecentPerson() =>
        memory.LastPerson is { } last && memory.SentenceNumber - last.Sentence <= PersonWindow ? last.Actors : null;

    /// <summary>"Qatar … bordering what it called …", "Egypt, which it said …": "it" right after a relative word
    /// is the subject of its own clause (the first plain actor before it), not the previous sentence's.</summary>
    private ActorId[]? RelativeClauseSubject(Mention mention)
    {
        if (mention.First == 0 || !IsRelative(frame.TokenText(mention.First - 1))) return null;
        var clause = frame.Clause[mention.First];
        foreach (var other in frame.Mentions)
        {
            if (other.First >= mention.First) break;
            if (other.Anaphor is not null || other.InAttribution || other.Possessive || other.Parenthetical || frame.Clause[other.First] != clause) continue;
            return other.Actors.Length == 1 ? other.Actors : null;
        }
        return null;
    }

    private static bool IsRelative(ReadOnlySpan<char> word) =>
        PhraseMatcher.WordEquals(word, "what") || PhraseMatcher.WordEquals(word, "which") || PhraseMatcher.WordEquals(word, "that");

    /// <summary>The nearest actor named before the pronoun; the one before that is kept as the
    /// alternative for when the nearest is the claim's own source.</summary>
    private ActorId[]? Nearest(Mention mention)
    {
        ActorId[]? nearest = null;
        // "said it had no intention of striking anything on Polish soil during its assault": an actor after a
        // preposition is a place or a party of another phrase; the possessor is the one before it.
        var skipGoverned = frame.Mentions.Take(Math.Max(0, frame.Mentions.IndexOf(mention))).Any(m => m.Anaphor is null && !m.InAttribution && !Governed(m));
        for (var i = frame.Mentions.IndexOf(mention) - 1; i >= 0; i--)
        {
            var other = frame.Mentions[i];
            if (other.InAttribution || (skipGoverned && other.Anaphor is null && Governed(other))) continue;
            var actors = Actors(other);
            if (actors.Length == 0) continue;
            if (nearest is null) { nearest = actors; continue; }
            if (!actors.SequenceEqual(nearest)) { mention.Alternative = actors; break; }
        }
        if (nearest is not null && mention.Alternative.Length == 0 && memory.Singular is { } previous && !previous.SequenceEqual(nearest))
            mention.Alternative = previous;
        return nearest;
    }

    private static readonly string[] Prepositions = ["on", "in", "at", "to", "from", "into", "over", "across", "near", "toward", "towards"];

    private bool Governed(Mention m)
    {
        var t = m.First - 1;
        if (t >= 0 && PhraseMatcher.WordEquals(frame.TokenText(t), "the")) t--;
        return t >= 0 && IsAny(frame.TokenText(t), Prepositions);
    }

    private ActorId[]? ClaimPairBefore(Mention mention)
    {
        var first = sentenceTies.FirstOrDefault(t => t.CueToken < mention.First);
        if (first is null) return null;
        // "X phoned A and B and pressed both": when one actor's claim went to several, "both" are those it went to.
        var targets = sentenceTies.Where(t => t.CueToken == first.CueToken && t.Source == first.Source).Select(t => t.Target).Distinct().ToArray();
        return targets.Length >= 2 ? targets : [first.Source, first.Target];
    }

    private ActorId[]? PreviousClaimPair() =>
        memory.LastTie is { } last && memory.SentenceNumber - last.Sentence == 1 ? [last.Tie.Source, last.Tie.Target] : null;

    /// <summary>A pair named in this or the last two sentences ("the fighting between A and B. X phoned both leaders").</summary>
    private ActorId[]? RecentPair() =>
        memory.LastPair is { } pair && memory.SentenceNumber - pair.Sentence <= 2 ? pair.Actors : null;

    private ActorId[]? EarlierGroup(Mention mention)
    {
        for (var i = 0; i < frame.Mentions.Count && frame.Mentions[i].First < mention.First; i++)
        {
            var group = RoleFinder.Coordination(frame, i);
            if (group.Count < 2 || frame.Mentions[group[^1]].First >= mention.First) continue;
            var actors = group.SelectMany(g => Actors(frame.Mentions[g])).Distinct().ToArray();
            if (actors.Length >= 2) return actors;
        }
        return null;
    }

    private ActorId[]? NearestBloc(Mention mention)
    {
        if (isBloc is null) return null;
        for (var i = frame.Mentions.IndexOf(mention) - 1; i >= 0; i--)
        {
            var other = frame.Mentions[i];
            if (other.Anaphor is null && other.Actors.FirstOrDefault(isBloc) is { Value: not null } bloc) return [bloc];
        }
        return null;
    }

    private ActorId[]? Topic(Mention mention)
    {
        foreach (var other in frame.Mentions)
        {
            if (other == mention || other.Anaphor is not null || other.InAttribution) continue;
            return other.Actors;
        }
        return null;
    }
}
