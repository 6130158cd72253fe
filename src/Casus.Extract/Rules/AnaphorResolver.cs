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
                AnaphorKind.It => EarlierClauseSubject(mention) ?? RelativeClauseSubject(mention) ?? memory.Singular ?? [],
                AnaphorKind.Its => Nearest(mention) ?? EarlierClauseSubject(mention) ?? memory.Singular ?? [],
                AnaphorKind.They => ClaimPairBefore(mention) ?? EarlierGroup(mention) ?? memory.Plural ?? [],
                AnaphorKind.Their => EarlierGroup(mention) ?? memory.Plural ?? [],
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
        for (var i = frame.Mentions.IndexOf(mention) - 1; i >= 0; i--)
        {
            var other = frame.Mentions[i];
            if (other.InAttribution) continue;
            var actors = Actors(other);
            if (actors.Length == 0) continue;
            if (nearest is null) { nearest = actors; continue; }
            if (!actors.SequenceEqual(nearest)) { mention.Alternative = actors; break; }
        }
        if (nearest is not null && mention.Alternative.Length == 0 && memory.Singular is { } previous && !previous.SequenceEqual(nearest))
            mention.Alternative = previous;
        return nearest;
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
