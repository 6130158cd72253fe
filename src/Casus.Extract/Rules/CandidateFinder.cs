using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>
/// Reports capitalised names the lexicon does not know that look like organisations ("Central
/// Military Commission", "Saudi Press Agency"): a run of capitalised words (with "of", "for",
/// "the", "and" inside) holding an organisation head word from <c>cues.tsv</c> and no known actor.
/// </summary>
internal static class CandidateFinder
{
    private static readonly string[] Joiners = ["of", "for", "the", "and", "on"];

    public static void Find(SentenceFrame frame, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> orgHeads, HashSet<string> into)
    {
        if (orgHeads.Set.Count == 0) return;
        var tokens = frame.Tokens;
        var t = 0;
        while (t < tokens.Count)
        {
            if (!frame.IsUpperWord(t)) { t++; continue; }
            var start = t;
            var end = t;
            var words = 0;
            var hasHead = false;
            while (t < tokens.Count)
            {
                if (frame.IsUpperWord(t))
                {
                    words++;
                    hasHead |= orgHeads.Contains(frame.TokenText(t));
                    end = t;
                    t++;
                }
                else if (t + 1 < tokens.Count && IsJoiner(frame, t) && frame.IsUpperWord(t + 1) && SameRun(frame, t)) t++;
                else break;
            }
            if (PhraseMatcher.WordEquals(frame.TokenText(start), "the") && start < end) { start++; words--; }
            if (words >= 2 && hasHead && !OverlapsActor(frame, start, end) && SameRun(frame, start))
                into.Add(frame.Slice(start, end));
            t = Math.Max(t, start + 1);
        }
    }

    private static bool IsJoiner(SentenceFrame frame, int t)
    {
        var text = frame.TokenText(t);
        foreach (var joiner in Joiners) if (text.SequenceEqual(joiner)) return true;
        return false;
    }

    /// <summary>Words of one name are separated by single spaces only (not by a line or a dash).</summary>
    private static bool SameRun(SentenceFrame frame, int t) =>
        t + 1 >= frame.Tokens.Count || frame.Tokens[t + 1].Start - frame.Tokens[t].End <= 1;

    private static bool OverlapsActor(SentenceFrame frame, int first, int last)
    {
        foreach (var m in frame.Mentions)
            if (m.Anaphor is null && m.First <= last && m.Last >= first) return true;
        return false;
    }
}
