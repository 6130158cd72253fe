namespace Casus.Extract.Text;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
