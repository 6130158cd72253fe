namespace Casus.Extract.Text;

public enum TokenKind : byte { Word, Number, Comma, Semicolon, Colon, Dash, OpenParen, CloseParen, Quote, Stop, Other }

/// <summary>A word, number or punctuation mark of a sentence, by absolute offsets into the document.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
