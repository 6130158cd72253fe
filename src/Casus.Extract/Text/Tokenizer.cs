using System.Globalization;

namespace Casus.Extract.Text;

/// <summary>
/// Splits a sentence into tokens without allocating strings. Hyphens inside words separate
/// words silently ("US-sanctioned" → "US", "sanctioned"); apostrophes between letters stay in
/// the word ("Kata'ib", "Iran's", "wouldn't"); numbers keep their separators ("200,000").
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, TextSpan sentence, List<Token> into)
    {
        into.Clear();
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c)) { var end = WordEnd(text, i, sentence.End); into.Add(new Token(i, end - i, TokenKind.Word)); i = end; continue; }
            if (char.IsDigit(c)) { var end = NumberEnd(text, i, sentence.End); into.Add(new Token(i, end - i, TokenKind.Number)); i = end; continue; }
            var kind = c switch
            {
                ',' => TokenKind.Comma,
                ';' => TokenKind.Semicolon,
                ':' => TokenKind.Colon,
                '–' or '—' => TokenKind.Dash,
                '-' => IsSpacedHyphen(text, i, sentence) ? TokenKind.Dash : TokenKind.Other,
                '(' or '[' => TokenKind.OpenParen,
                ')' or ']' => TokenKind.CloseParen,
                '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' => TokenKind.Quote,
                '.' or '!' or '?' => TokenKind.Stop,
                _ => TokenKind.Other,
            };
            if (kind != TokenKind.Other) into.Add(new Token(i, 1, kind));
            i++;
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    private static int WordEnd(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static int NumberEnd(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if (c is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static bool IsSpacedHyphen(string text, int i, TextSpan sentence) =>
        (i == sentence.Start || char.IsWhiteSpace(text[i - 1])) && (i + 1 >= sentence.End || char.IsWhiteSpace(text[i + 1]));

    /// <summary>The value of a number token ("200,000" → 200000), or null.</summary>
    public static double? NumberValue(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[Math.Min(token.Length, 64)];
        var n = 0;
        foreach (var c in token)
        {
            if (c == ',') continue;
            if (n == buffer.Length) return null;
            buffer[n++] = c;
        }
        return double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
