using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>
/// Everything known about one sentence while its claims are built: tokens, actor mentions,
/// modality and cue matches, clause numbers, parentheticals, attribution and condition spans.
/// One instance is reused for every sentence of a document to avoid per-sentence allocation.
/// </summary>
internal sealed class SentenceFrame
{
    public string Text { get; private set; } = "";
    public TextSpan Span { get; private set; }
    public List<Token> Tokens { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<PhraseMatch> Modality { get; } = [];
    public List<PhraseMatch> Cues { get; } = [];
    /// <summary>Clause number of each token: modality and subjects do not cross clauses.</summary>
    public List<int> Clause { get; } = [];
    public List<bool> Parenthetical { get; } = [];
    public List<bool> Quoted { get; } = [];
    public List<bool> Attributed { get; } = [];
    /// <summary>Per token: the last token of a list joiner starting there ("and", "as well as"), else -1.</summary>
    public List<int> ListEnd { get; } = [];
    /// <summary>Per mention: the index of the first mention of its coordinated group (computed lazily).</summary>
    public List<int> GroupHead { get; } = [];
    /// <summary>Per mention: its coordinated group once computed (<see cref="RoleFinder.Coordination"/>), else null.</summary>
    public List<List<int>?> CoordinationCache { get; } = [];
    /// <summary>Token range of an "if …" clause, or (-1, -2).</summary>
    public (int First, int Last) Condition { get; set; }
    /// <summary>The first clause after an intro phrase ("But like Russia, China …" → 1).</summary>
    public int MainClause { get; set; }
    /// <summary>"said X" / "according to X": who the sentence's claims are attributed to.</summary>
    public string? SentenceAttribution { get; set; }
    /// <summary>"X said, …": the speaker mention and the token of "said".</summary>
    public (Mention Speaker, int Token)? Speaker { get; set; }
    /// <summary>"suspected by X" etc.: attribution text by the token where its cue starts.</summary>
    public List<(int Token, string Text, ModalityEntry Entry)> ClauseAttributions { get; } = [];

    /// <summary>Scratch for clause breaks (one per token, plus one past the end).</summary>
    public bool[] Breaks { get; private set; } = new bool[64];

    /// <summary>Per token: its <see cref="WordVocabulary"/> id and its first three letters' id, or -1.</summary>
    public int[] WordIds { get; private set; } = new int[64];
    public int[] PrefixIds { get; private set; } = new int[64];

    /// <summary>Sizes the per-token tables to the tokens, with their default values, without
    /// allocating once they have grown to the longest sentence.</summary>
    public void SizeTokenTables()
    {
        var n = Tokens.Count;
        Fill(Clause, n, 0);
        Fill(Parenthetical, n, false);
        Fill(Quoted, n, false);
        Fill(Attributed, n, false);
        Fill(ListEnd, n, -1);
        if (Breaks.Length < n + 1) Breaks = new bool[Math.Max(n + 1, Breaks.Length * 2)];
        Array.Clear(Breaks, 0, n + 1);
        if (WordIds.Length < n) { WordIds = new int[Math.Max(n, WordIds.Length * 2)]; PrefixIds = new int[WordIds.Length]; }
    }

    private static void Fill<T>(List<T> list, int count, T value)
    {
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, count);
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list).Fill(value);
    }

    public void Reset(string text, TextSpan span)
    {
        Text = text;
        Span = span;
        Tokens.Clear();
        Mentions.Clear();
        Modality.Clear();
        Cues.Clear();
        Clause.Clear();
        Parenthetical.Clear();
        Quoted.Clear();
        Attributed.Clear();
        ListEnd.Clear();
        GroupHead.Clear();
        CoordinationCache.Clear();
        ClauseAttributions.Clear();
        Condition = (-1, -2);
        MainClause = 0;
        SentenceAttribution = null;
        Speaker = null;
    }

    /// <summary>Set by the extractor: whether a modality match is a list joiner ("and", "as well as").</summary>
    public Func<PhraseMatch, bool> ListMatch { get; set; } = _ => false;

    /// <summary>Set by the extractor: whether a cue match is a treaty clause (describes a treaty, claims nothing).</summary>
    public Func<PhraseMatch, bool> ClauseCue { get; set; } = _ => false;

    /// <summary>Set by the extractor: whether a modality match gives a modality (negation, hedge, …).</summary>
    public Func<PhraseMatch, bool> ModalMatch { get; set; } = _ => false;

    public ReadOnlySpan<char> TokenText(int token) => Tokens[token].Of(Text);

    public bool InCondition(int token) => token >= Condition.First && token <= Condition.Last;

    /// <summary>The verbatim text from token <paramref name="first"/> to <paramref name="last"/>.</summary>
    public string Slice(int first, int last) =>
        first > last ? "" : Text[Tokens[first].Start..Tokens[last].End];

    public bool IsUpperWord(int token) =>
        token < Tokens.Count && Tokens[token].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[token].Start]);
}
