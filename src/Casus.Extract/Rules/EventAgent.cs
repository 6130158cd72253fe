using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>
/// "Egypt condemned the occupation", "Qatar issued a condemnation of the seizure", "the strikes
/// were condemned by Kuwait": a condemnation whose object is an act named without its actor is
/// aimed at whoever committed the act — the actor after "by" ("the attack by X"), else the
/// attacker of the latest attack or hostility claim of this or the last few sentences. Without
/// this the object search walks on to whatever actor comes later ("the occupation of the buffer
/// zone bordering Syria" would make Syria the one condemned).
/// </summary>
internal static class EventAgent
{
    /// <summary>How many sentences back the act's claim may stand (news names the act once, then reacts to it).</summary>
    public const int Window = 8;

    // Nouns for hostile acts; grammar words, not knowledge that changes with the world.
    private static readonly string[] Nouns =
    [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "occupation", "seizure", "takeover",
        "invasion", "offensive", "assault", "bombing", "bombings", "bombardment", "incursion", "incursions",
        "operation", "operations", "aggression", "shelling", "annexation", "raid", "raids", "breach", "breaches",
        "violation", "violations", "escalation", "move", "actions", "capture", "barrage",
    ];

    // Words that may stand between the cue and the act's noun ("the latest Israeli", "these", "such").
    private static readonly string[] Determiners = ["the", "these", "this", "that", "those", "such", "a", "an", "its", "their"];

    private const int MaxModifiers = 2;

    /// <summary>The act's noun that a passive condemnation's subject names ("the strikes were condemned by X"), or -1.</summary>
    public static int NounBefore(SentenceFrame frame, int cue)
    {
        var t = cue - 1;
        while (t >= 0 && frame.Tokens[t].Kind == TokenKind.Word && (IsAny(frame, t, BeForms) || frame.TokenText(t).EndsWith("ly", StringComparison.Ordinal))) t--;
        return t >= 0 && t < cue - 1 && frame.Tokens[t].Kind == TokenKind.Word && IsAny(frame, t, Nouns) ? t : -1;
    }

    private static readonly string[] BeForms = ["was", "were", "been", "being", "is", "are", "be", "has", "have", "had"];

    /// <summary>The token of an act's noun right after <paramref name="from"/> (past a determiner and up to two
    /// lowercase modifiers, never past an actor's name, a comma or a clause break), or -1.</summary>
    public static int NounAt(SentenceFrame frame, int from)
    {
        var tokens = frame.Tokens;
        var t = from;
        while (t < tokens.Count && tokens[t].Kind == TokenKind.Quote) t++;
        if (t < tokens.Count && IsAny(frame, t, Determiners)) t++;
        for (var modifiers = 0; t < tokens.Count && tokens[t].Kind == TokenKind.Word; t++)
        {
            if (MentionAt(frame, t)) return -1;
            if (IsAny(frame, t, Nouns)) return t;
            if (frame.IsUpperWord(t) || ++modifiers > MaxModifiers) return -1;
        }
        return -1;
    }

    /// <summary>Who committed the act named at <paramref name="noun"/>: "the attack by X" (X's whole list),
    /// else the attacker of the latest attack or hostility claim in reach that is not one of <paramref name="sources"/>.</summary>
    public static ActorId[]? Of(SentenceFrame frame, AnaphorResolver resolver, DocumentMemory memory, List<TieDraft> sentenceTies,
        int noun, ActorId[] sources)
    {
        var by = noun + 1;
        if (by + 1 < frame.Tokens.Count && PhraseMatcher.WordEquals(frame.TokenText(by), "by"))
        {
            var at = by + 1;
            if (PhraseMatcher.WordEquals(frame.TokenText(at), "the")) at++;
            var index = frame.Mentions.FindIndex(m => m.First == at);
            if (index >= 0)
            {
                var group = RoleFinder.GroupMembers(frame, index).SelectMany(i => resolver.Actors(frame.Mentions[i])).Distinct().ToArray();
                var agents = group.Where(a => !sources.Contains(a)).ToArray();
                if (agents.Length > 0) return agents;
            }
        }
        for (var i = sentenceTies.Count - 1; i >= 0; i--)
            if (IsAct(sentenceTies[i]) && sentenceTies[i].CueToken < noun && !sources.Contains(sentenceTies[i].Source)) return [sentenceTies[i].Source];
        if (memory.LastAct is { } last && memory.SentenceNumber - last.Sentence <= Window && !sources.Contains(last.Agent)) return [last.Agent];
        return null;
    }

    /// <summary>An act that a later "the attack"/"the occupation" can name: an attack or hostility not denied.</summary>
    public static bool IsAct(TieDraft tie) =>
        tie.Type is TieType.Attack or TieType.Hostility && tie.Modality is not Modality.Negated;

    private static bool MentionAt(SentenceFrame frame, int t)
    {
        foreach (var m in frame.Mentions) if (m.First <= t && m.Last >= t) return true;
        return false;
    }

    private static bool IsAny(SentenceFrame frame, int t, string[] words)
    {
        var text = frame.TokenText(t);
        foreach (var w in words) if (PhraseMatcher.WordEquals(text, w)) return true;
        return false;
    }
}
