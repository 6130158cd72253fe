using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>
/// Finds who a sentence's claims are attributed to: "…, said The Washington Post" (trailing,
/// the rest of the sentence is the source's name and its actors play no role), "according to
/// X", "suspected by X of …" (up to a stop word), and "X said, …" (X is the speaker; the
/// reported speech after "said" is a clause of its own).
/// </summary>
internal static class AttributionFinder
{
    public static void Mark(SentenceFrame frame, ModalityLexicon lexicon)
    {
        foreach (var match in frame.Modality)
        {
            var entry = lexicon.Entries[match.Entry];
            if (entry.Kind == ModalityCueKind.Attribution)
            {
                var stop = StopAfter(frame, lexicon, match.Last + 1);
                for (var t = match.First; t < stop; t++) frame.Attributed[t] = true;
                var name = frame.Slice(match.Last + 1, stop - 1).Trim('"', '“', '”', ' ');
                if (name.Length > 0) frame.ClauseAttributions.Add((match.First, name, entry));
            }
            else if (entry.Kind == ModalityCueKind.Said)
            {
                Said(frame, lexicon, match);
            }
        }
    }

    private static void Said(SentenceFrame frame, ModalityLexicon lexicon, PhraseMatch match)
    {
        var tokens = frame.Tokens;
        var speaker = frame.Mentions.LastOrDefault(m => m.Last < match.First && m.Last >= match.First - 3 && frame.Clause[m.Last] == frame.Clause[match.First]
                                                        && OnlyWordsBetween(frame, m.Last, match.First));
        var next = match.Last + 1;
        // "…, said The Washington Post" / "…" said Le Monde: a trailing source follows a comma or a
        // quote and ends the sentence; "Dar said the pact could grow" and "…, said the pact was
        // not …, and called it …" are reported speech.
        var afterBreak = match.First > 0 && tokens[match.First - 1].Kind is TokenKind.Comma or TokenKind.Quote
                         && !tokens.Skip(next).Any(t => t.Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Colon);
        var trailing = speaker is null && afterBreak && next < tokens.Count && tokens[next].Kind == TokenKind.Word
                       && (frame.IsUpperWord(next) || PhraseMatcher.WordEquals(frame.TokenText(next), "the")
                           || PhraseMatcher.WordEquals(frame.TokenText(next), "a") || PhraseMatcher.WordEquals(frame.TokenText(next), "an"));
        if (trailing)
        {
            for (var t = match.First; t < tokens.Count; t++) frame.Attributed[t] = true;
            var stop = StopAfter(frame, null, next);
            frame.SentenceAttribution ??= frame.Slice(next, stop - 1);
            return;
        }
        speaker ??= frame.Mentions.LastOrDefault(m => m.Last < match.First && frame.Clause[m.Last] == frame.Clause[match.First]);
        if (speaker is not null) frame.Speaker = (speaker, match.First);
        for (var t = match.Last + 1; t < tokens.Count; t++) frame.Clause[t] += 1;   // reported speech is its own clause
    }

    private static bool OnlyWordsBetween(SentenceFrame frame, int last, int first)
    {
        for (var t = last + 1; t < first; t++) if (!frame.Tokens[t].IsWordLike) return false;
        return true;
    }

    /// <summary>The first token after an attribution's name: punctuation or a stop word.</summary>
    private static int StopAfter(SentenceFrame frame, ModalityLexicon? lexicon, int from)
    {
        var tokens = frame.Tokens;
        for (var t = from; t < tokens.Count; t++)
        {
            var kind = tokens[t].Kind;
            if (kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Stop or TokenKind.Colon or TokenKind.Dash or TokenKind.OpenParen) return t;
            if (kind == TokenKind.Word && t > from && lexicon is not null && lexicon.StopWordLookup.Contains(frame.TokenText(t))) return t;
        }
        return tokens.Count;
    }
}
