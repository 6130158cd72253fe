using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>A tie claim under construction: later sentences may still add treaty clauses and
/// dates to it before it becomes an immutable <see cref="TieClaim"/>.</summary>
internal sealed class TieDraft
{
    public required ActorId Source { get; init; }
    public required ActorId Target { get; init; }
    public required TieType Type { get; init; }
    public required int Sign { get; init; }
    public required Modality Modality { get; init; }
    public required TextSpan Sentence { get; init; }
    public required int CueToken { get; init; }
    public required string Cue { get; init; }
    public string? Attribution { get; init; }
    /// <summary>Made by a reversed cue ("A hosts B's base"): the sentence's subject is the target.</summary>
    public bool Reversed { get; init; }
    public string? Condition { get; init; }
    public ActorId? ConditionActor { get; init; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public List<Clause> Clauses { get; } = [];

    public void AddClause(Clause clause)
    {
        if (!Clauses.Any(c => c.Kind == clause.Kind && c.Present == clause.Present)) Clauses.Add(clause);
    }
}

/// <summary>A state claim under construction.</summary>
internal sealed class StateDraft
{
    public required ActorId Actor { get; init; }
    public required ActorStateKind Kind { get; init; }
    public required Modality Modality { get; init; }
    public required TextSpan Sentence { get; init; }
    public required int CueToken { get; init; }
    public required string Cue { get; init; }
    public double? Quantity { get; init; }
    public string? Attribution { get; init; }
    public string? Context { get; init; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

/// <summary>A tie cue with a source but no target yet, waiting for the next sentence's list.</summary>
internal sealed record PendingTie(ActorId[] Sources, CueEntry Entry, Modality Modality, string? Attribution, int Sentence);

/// <summary>What carries from one sentence to the next: who "it" and "they" are, the last
/// treaty (for clauses that describe it later), the last size (for "similarly sized").</summary>
internal sealed class DocumentMemory
{
    public ActorId[]? Singular { get; set; }
    public ActorId[]? Plural { get; set; }
    /// <summary>The sentence that set <see cref="Plural"/>.</summary>
    public int PluralSentence { get; set; }
    /// <summary>Whether <see cref="Plural"/> is a list the sentence named without it being the subject ("the war between A and B").</summary>
    public bool PluralFromList { get; set; }
    public double? LastSize { get; set; }
    public List<TieDraft> LastTreaty { get; set; } = [];
    /// <summary>Target of the first claim of the latest sentence that had one, and that sentence's number.</summary>
    public (ActorId Target, int Sentence)? LastTarget { get; set; }
    /// <summary>The first claim of the latest sentence that had one, and that sentence's number.</summary>
    public (TieDraft Tie, int Sentence)? LastTie { get; set; }
    public int SentenceNumber { get; set; }
    /// <summary>A tie whose targets the next sentence lists (cue flag <c>ahead</c>).</summary>
    public PendingTie? Pending { get; set; }
    /// <summary>The latest bloc or organisation named, for "the bloc" in a later sentence.</summary>
    public ActorId? LastBloc { get; set; }
    /// <summary>The latest two-item list named ("between A and B") and its sentence, for "both sides".</summary>
    public (ActorId[] Actors, int Sentence)? LastPair { get; set; }
    /// <summary>The first person named in the latest sentence that named one ("Pashinyan's anger …"), for "he" next.</summary>
    public (ActorId[] Actors, int Sentence)? LastPerson { get; set; }
    /// <summary>The attacker of the latest attack or hostility claim and its sentence, for "condemned the occupation" later.</summary>
    public (ActorId Agent, int Sentence)? LastAct { get; set; }
    public List<TieDraft> Ties { get; } = [];
    public List<StateDraft> States { get; } = [];
}
