using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Reason.Tests.Fixtures;

/// <summary>Builds small knowledge bases by hand, with fictional evidence sentences.</summary>
public sealed class KbBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly List<TieClaim> _claims = [];
    private readonly List<StateClaim> _states = [];
    private int _offset;

    public static DateOnly DefaultDate { get; } = new(2025, 6, 1);

    public KbBuilder Actor(string id, string name, ActorKind kind = ActorKind.State, params string[] partOf)
    {
        _actors.Add(new Actor(new ActorId(id), name, kind, [], partOf.Select(p => new ActorId(p)).ToList()));
        return this;
    }

    public KbBuilder Tie(string source, string target, TieType type, Modality modality, string sentence,
        DateOnly? date = null, DateOnly? validFrom = null, DateOnly? validUntil = null, IReadOnlyList<Clause>? clauses = null,
        string? conditionActor = null, string? condition = null, int? sign = null, string? cue = null)
    {
        _claims.Add(new TieClaim(new ActorId(source), new ActorId(target), type, sign ?? type.DefaultSign(), modality,
            Evidence(sentence, date), ValidFrom: validFrom, ValidUntil: validUntil, Clauses: clauses,
            Condition: condition, ConditionActor: conditionActor is null ? null : new ActorId(conditionActor), Cue: cue));
        return this;
    }

    public KbBuilder State(string actor, ActorStateKind kind, Modality modality, string sentence,
        double? quantity = null, DateOnly? date = null, string? context = null)
    {
        _states.Add(new StateClaim(new ActorId(actor), kind, modality, Evidence(sentence, date), quantity, Context: context));
        return this;
    }

    public KnowledgeBase Build() => new(_actors, _claims, _states);

    private Evidence Evidence(string sentence, DateOnly? date)
    {
        var start = _offset;
        _offset += sentence.Length + 1;
        return new Evidence("doc-fiction", sentence, start, start + sentence.Length, "The Fictional Gazette",
            date ?? DefaultDate, "test", "test");
    }
}
