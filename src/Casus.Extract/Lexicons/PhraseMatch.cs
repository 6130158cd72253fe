namespace Casus.Extract.Lexicons;

/// <summary>Where a pattern matched in a sentence's token list.</summary>
/// <param name="Entry">Index of the lexicon entry whose pattern matched.</param>
/// <param name="First">First token of the match.</param>
/// <param name="Last">Last token of the match (inclusive).</param>
/// <param name="GapFirst">First token inside the first gap, or -1.</param>
/// <param name="GapLast">Last token inside the first gap (inclusive), or -2 when the gap is empty.</param>
/// <param name="Number">The value matched by <c>{n}</c>, if any.</param>
public readonly record struct PhraseMatch(int Entry, int First, int Last, int GapFirst, int GapLast, double? Number)
{
    public int Width => Last - First;
}
