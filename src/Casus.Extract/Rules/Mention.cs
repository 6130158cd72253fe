using Casus.Core.Actors;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Rules;

/// <summary>An actor named in a sentence: by alias, by a person who speaks for it, or by an
/// anaphor resolved from context. Token indices are the sentence's.</summary>
internal sealed class Mention
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int First { get; init; }
    public required int Last { get; init; }
    public ActorId[] Actors { get; set; } = [];
    /// <summary>For a pronoun that would otherwise point at the claim's own source ("its territory").</summary>
    public ActorId[] Alternative { get; set; } = [];
    public string? Person { get; init; }
    public AnaphorKind? Anaphor { get; init; }
    public bool Possessive { get; init; }
    /// <summary>Part of a compound modifier ("Russia-led", "US-sanctioned"): not an argument.</summary>
    public bool Modifier { get; init; }
    /// <summary>Follows "in": a location more often than an actor ("Hezbollah in Lebanon").</summary>
    public bool Located { get; init; }
    public bool Parenthetical { get; set; }
    /// <summary>First words of an aside: an appositive ("Iran's allies - Russia and China -").</summary>
    public bool ParentheticalHead { get; set; }
    public bool InAttribution { get; set; }
    public bool InCondition { get; set; }

    public bool IsResolved => Actors.Length > 0;
}
