using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>A date the sentence names: the period it covers, where, and whether it follows an
/// "until"/"before it was" marker (then it ends the claims before the marker).</summary>
internal readonly record struct DateMention(int Token, DateOnly From, DateOnly Until, int UntilMarker);

/// <summary>
/// Finds dates in a sentence and resolves them against the document's date: "17 January 2025",
/// "in January" (the latest January not after the document), "in 2023", "last year".
/// </summary>
internal static class DateFinder
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static void Find(SentenceFrame frame, ModalityLexicon lexicon, DateOnly? documentDate, List<DateMention> into)
    {
        into.Clear();
        var tokens = frame.Tokens;
        var until = -1;
        var yearCues = new Dictionary<int, int>();
        foreach (var match in frame.Modality)
        {
            var entry = lexicon.Entries[match.Entry];
            if (entry.Kind == ModalityCueKind.Until && until < 0) until = match.First;
            else if (entry.Kind == ModalityCueKind.Year) yearCues[match.First] = int.Parse(entry.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        for (var t = 0; t < tokens.Count; t++)
        {
            var marker = until >= 0 && t > until ? until : -1;
            if (yearCues.TryGetValue(t, out var offset) && documentDate is { } doc)
            {
                var year = doc.Year + offset;
                into.Add(new DateMention(t, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), marker));
                continue;
            }
            var token = tokens[t];
            if (token.Kind == TokenKind.Word && frame.IsUpperWord(t) && MonthOf(frame.TokenText(t)) is int month && month > 0)
            {
                // "May" alone is too often the verb: require a day, a year or "in"/"on"/"since" before it.
                var day = t > 0 && tokens[t - 1].Kind == TokenKind.Number ? Small(frame, t - 1, 31) : null;
                var next = t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Comma ? t + 2 : t + 1;
                var explicitYear = next < tokens.Count && tokens[next].Kind == TokenKind.Number ? Year(frame, next) : null;
                var introduced = t > 0 && IsWord(frame, t - 1, "in", "on", "since", "from", "of");
                if (day is null && explicitYear is null && !introduced) continue;
                int? resolvedYear = explicitYear ?? (documentDate is { } d ? (month <= d.Month ? d.Year : d.Year - 1) : null);
                if (resolvedYear is not int y) continue;
                var from = day is int dd && dd <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, dd) : new DateOnly(y, month, 1);
                var end = day is not null ? from : new DateOnly(y, month, DateTime.DaysInMonth(y, month));
                into.Add(new DateMention(t, from, end, marker));
                if (explicitYear is not null) t = next;
                continue;
            }
            if (token.Kind == TokenKind.Number && Year(frame, t) is int bare && t > 0 && IsWord(frame, t - 1, "in", "since", "from"))
                into.Add(new DateMention(t, new DateOnly(bare, 1, 1), new DateOnly(bare, 12, 31), marker));
        }
    }

    /// <summary>Whether a token is part of a written date: a number or a capitalised month name.</summary>
    public static bool IsDatePart(SentenceFrame frame, int t) =>
        frame.Tokens[t].Kind == TokenKind.Number || (frame.IsUpperWord(t) && MonthOf(frame.TokenText(t)) is not null);

    private static int? MonthOf(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Months.Length; i++) if (PhraseMatcher.WordEquals(word, Months[i])) return i + 1;
        return null;
    }

    private static int? Small(SentenceFrame frame, int t, int max) =>
        Tokenizer.NumberValue(frame.TokenText(t)) is double v && v >= 1 && v <= max && v == Math.Floor(v) ? (int)v : null;

    private static int? Year(SentenceFrame frame, int t) =>
        frame.Tokens[t].Length == 4 && Tokenizer.NumberValue(frame.TokenText(t)) is double v && v >= 1900 && v <= 2100 ? (int)v : null;

    private static bool IsWord(SentenceFrame frame, int t, params string[] words)
    {
        if (frame.Tokens[t].Kind != TokenKind.Word) return false;
        var text = frame.TokenText(t);
        foreach (var word in words) if (PhraseMatcher.WordEquals(text, word)) return true;
        return false;
    }
}
