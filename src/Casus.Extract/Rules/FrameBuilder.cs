using Casus.Core.Actors;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>A resolved alias hit, before it is placed on a sentence's tokens.</summary>
internal readonly record struct ActorHit(int Start, int End, ActorId Actor, string? Person);

/// <summary>Fills a <see cref="SentenceFrame"/>: tokens, quotes, parentheticals, modality and cue
/// matches, clauses, the condition span, mentions and attribution.</summary>
internal sealed class FrameBuilder(ExtractionLexicons lexicons)
{
    private readonly List<PhraseMatch> _scratch = [];

    public void Build(SentenceFrame frame, string text, TextSpan sentence, List<ActorHit> hits, int firstHit)
    {
        frame.Reset(text, sentence);
        Tokenizer.Tokenize(text, sentence, frame.Tokens);
        var tokens = frame.Tokens;
        frame.SizeTokenTables();
        FoldTokens(frame, lexicons.Words);
        var wordIds = frame.WordIds.AsSpan(0, tokens.Count);
        var prefixIds = frame.PrefixIds.AsSpan(0, tokens.Count);
        MarkQuotes(frame);
        MarkParentheticals(frame);
        lexicons.Modality.Matcher.Match(text, tokens, wordIds, prefixIds, frame.Modality, greedy: true);
        foreach (var match in frame.Modality)
            if (frame.ListMatch(match)) frame.ListEnd[match.First] = match.Last;
        MarkClauses(frame);
        AddActorMentions(frame, hits, firstHit);
        AddCues(frame);   // first: anaphors become mentions, so "He said, …" has a speaker
        AttributionFinder.Mark(frame, lexicons.Modality);
        foreach (var mention in frame.Mentions)
        {
            mention.Parenthetical = frame.Parenthetical[mention.First];
            mention.ParentheticalHead = mention.Parenthetical && mention.First > 0
                && (frame.Tokens[mention.First - 1].Kind is TokenKind.Dash or TokenKind.OpenParen
                    || (mention.First > 1 && frame.Tokens[mention.First - 2].Kind is TokenKind.Dash or TokenKind.OpenParen
                        && PhraseMatcher.WordEquals(frame.TokenText(mention.First - 1), "the")));
            mention.InAttribution = frame.Attributed[mention.First];
            mention.InCondition = frame.InCondition(mention.First);
        }
    }

    /// <summary>Looks every word token up once in the shared vocabulary (whole word and first three letters).</summary>
    private static void FoldTokens(SentenceFrame frame, WordVocabulary words)
    {
        var tokens = frame.Tokens;
        var wordIds = frame.WordIds;
        var prefixIds = frame.PrefixIds;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word) { wordIds[t] = -1; prefixIds[t] = -1; continue; }
            words.LookupWordAndPrefix(token.Of(frame.Text), out wordIds[t], out prefixIds[t]);
        }
    }

    private static void MarkQuotes(SentenceFrame frame)
    {
        var inside = false;
        for (var t = 0; t < frame.Tokens.Count; t++)
        {
            if (frame.Tokens[t].Kind == TokenKind.Quote && frame.Text[frame.Tokens[t].Start] is '"' or '“' or '”') { inside = !inside; continue; }
            frame.Quoted[t] = inside;
        }
    }

    /// <summary>Paired dashes and brackets enclose asides whose actors are not the clause's roles
    /// ("Hezbollah - once Iran's ally - has been neutralised").</summary>
    private static void MarkParentheticals(SentenceFrame frame)
    {
        var tokens = frame.Tokens;
        var open = -1;
        var depth = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            switch (tokens[t].Kind)
            {
                case TokenKind.OpenParen: depth++; break;
                case TokenKind.CloseParen: depth = Math.Max(0, depth - 1); break;
                case TokenKind.Dash when open < 0: open = t; break;
                case TokenKind.Dash:
                    for (var i = open + 1; i < t; i++) frame.Parenthetical[i] = true;
                    open = -1;
                    break;
                default:
                    if (depth > 0) frame.Parenthetical[t] = true;
                    break;
            }
        }
    }

    private void MarkClauses(SentenceFrame frame)
    {
        var tokens = frame.Tokens;
        var breaks = frame.Breaks;
        var introComma = false;
        var firstWord = -1;
        for (var t = 0; t < tokens.Count; t++) if (tokens[t].IsWordLike) { firstWord = t; break; }
        foreach (var match in frame.Modality)
        {
            var entry = lexicons.Modality.Entries[match.Entry];
            switch (entry.Kind)
            {
                case ModalityCueKind.Break or ModalityCueKind.Until:
                    breaks[match.First] = true;
                    introComma |= match.First == firstWord;   // "But like Russia, China …", "While …, it …"
                    break;
                case ModalityCueKind.Intro when match.First == firstWord: introComma = true; break;
                case ModalityCueKind.Condition:
                    var end = NextComma(tokens, match.Last + 1);
                    frame.Condition = (match.First, end - 1);
                    breaks[match.First] = true;
                    breaks[end] = true;
                    break;
            }
        }
        var dashes = 0;
        for (var t = 0; t < tokens.Count; t++) if (tokens[t].Kind == TokenKind.Dash) dashes++;
        for (var t = 0; t < tokens.Count; t++)
        {
            var kind = tokens[t].Kind;
            if (kind is TokenKind.Semicolon or TokenKind.Colon || (kind == TokenKind.Dash && dashes % 2 == 1 && LastDash(tokens, t))) breaks[t] = true;
            if (introComma && kind == TokenKind.Comma) { breaks[t] = true; introComma = false; frame.MainClause = 1; }
        }
        var clause = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (breaks[t] && t > 0) clause++;
            frame.Clause[t] = clause;
        }
    }

    private static bool LastDash(List<Token> tokens, int t)
    {
        for (var i = t + 1; i < tokens.Count; i++) if (tokens[i].Kind == TokenKind.Dash) return false;
        return true;
    }

    private static int NextComma(List<Token> tokens, int from)
    {
        for (var t = from; t < tokens.Count; t++) if (tokens[t].Kind is TokenKind.Comma or TokenKind.Semicolon) return t;
        return tokens.Count;
    }

    private static void AddActorMentions(SentenceFrame frame, List<ActorHit> hits, int firstHit)
    {
        var tokens = frame.Tokens;
        var t = 0;
        for (var h = firstHit; h < hits.Count && hits[h].Start < frame.Span.End; h++)
        {
            var hit = hits[h];
            while (t < tokens.Count && tokens[t].End <= hit.Start) t++;
            if (t >= tokens.Count) break;
            var last = t;
            while (last + 1 < tokens.Count && tokens[last + 1].Start < hit.End) last++;
            frame.Mentions.Add(new Mention
            {
                Start = hit.Start, End = hit.End, First = t, Last = last, Actors = [hit.Actor], Person = hit.Person,
                Possessive = IsPossessive(frame.Text, hit.End),
                Modifier = hit.End + 1 < frame.Span.End && frame.Text[hit.End] == '-' && char.IsLower(frame.Text[hit.End + 1]),
                Located = t > 0 && PhraseMatcher.WordEquals(frame.TokenText(t - 1), "in"),
            });
        }
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && Tokenizer.IsApostrophe(text[end]) && text[end + 1] is 's' or 'S'
        && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]));

    private static bool OverlapsMention(SentenceFrame frame, PhraseMatch match)
    {
        foreach (var m in frame.Mentions) if (m.First <= match.Last && m.Last >= match.First) return true;
        return false;
    }

    /// <summary>Cue matches, minus any match inside a longer one of the same kind and value;
    /// anaphors become (unresolved) mentions.</summary>
    private void AddCues(SentenceFrame frame)
    {
        _scratch.Clear();
        lexicons.Cues.Matcher.Match(frame.Text, frame.Tokens, frame.WordIds.AsSpan(0, frame.Tokens.Count),
            frame.PrefixIds.AsSpan(0, frame.Tokens.Count), _scratch, greedy: false);
        var entries = lexicons.Cues.Entries;
        for (var i = 0; i < _scratch.Count; i++)
        {
            var match = _scratch[i];
            var entry = entries[match.Entry];
            var hidden = false;
            if (entry.Kind != CueKind.Anaphor)
            for (var j = 0; j < _scratch.Count; j++)
            {
                var other = _scratch[j];
                if (j == i || other.Width <= match.Width || other.First > match.First || other.Last < match.Last) continue;
                var o = entries[other.Entry];
                if (o.Kind == entry.Kind && o.Tie == entry.Tie && o.State == entry.State && o.Clause == entry.Clause) { hidden = true; break; }
            }
            if (hidden) continue;
            if (entry.Kind == CueKind.Anaphor)
            {
                if (OverlapsMention(frame, match)) continue;
                var mention = new Mention
                {
                    Start = frame.Tokens[match.First].Start, End = frame.Tokens[match.Last].End, First = match.First, Last = match.Last,
                    Anaphor = entry.Anaphor,
                    Possessive = entry.Anaphor is AnaphorKind.Its or AnaphorKind.Their or AnaphorKind.Topic,
                };
                var at = -1;
                for (var m = 0; m < frame.Mentions.Count; m++) if (frame.Mentions[m].First > match.First) { at = m; break; }
                frame.Mentions.Insert(at < 0 ? frame.Mentions.Count : at, mention);
            }
            else if (entry.Kind != CueKind.OrgHead) frame.Cues.Add(match);
        }
    }
}
