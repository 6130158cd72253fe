using Casus.Core.Actors;
using Casus.Core.Knowledge;

namespace Casus.Reason.Dossiers;

/// <summary>
/// Every actor a knowledge base names (declared, at a claim's end, or as a part-of parent) numbered
/// 0..n−1 in id order (ordinal), with each one's rank by name. A scenario marks the actors it judges in
/// a flag array and reads them back in number order, which is id order, and sorts verdicts by an
/// integer rank: on a 10,000-actor network that replaces hash sets and thousands of string comparisons
/// per scenario with array reads.
/// </summary>
public sealed class ActorOrdinals
{
    private readonly Dictionary<ActorId, int> _ordinals;
    private readonly ActorId[] _actors;
    private readonly int[] _nameRanks;
    private readonly int[] _withParents;
    private readonly string[] _names;
    private readonly bool[] _hasParents, _hasStates;
    private readonly ActorKind?[] _kinds;

    public ActorOrdinals(KnowledgeBase knowledge)
    {
        var ids = new HashSet<ActorId>();
        foreach (var actor in knowledge.Actors)
        {
            ids.Add(actor.Id);
            foreach (var parent in actor.PartOf) ids.Add(parent);
        }
        foreach (var claim in knowledge.Claims)
        {
            ids.Add(claim.Source);
            ids.Add(claim.Target);
        }
        foreach (var state in knowledge.States) ids.Add(state.Actor);
        _actors = [.. ids];
        Array.Sort(_actors, static (a, b) => string.CompareOrdinal(a.Value, b.Value));
        _ordinals = new Dictionary<ActorId, int>(_actors.Length);
        for (var i = 0; i < _actors.Length; i++) _ordinals[_actors[i]] = i;
        // By name, then id: the order verdicts with the same expected level are listed in.
        var byName = new int[_actors.Length];
        for (var i = 0; i < byName.Length; i++) byName[i] = i;
        var names = _names = Array.ConvertAll(_actors, knowledge.NameOf);
        Array.Sort(byName, (a, b) => string.CompareOrdinal(names[a], names[b]) is var c && c != 0 ? c : a.CompareTo(b));
        _nameRanks = new int[_actors.Length];
        for (var rank = 0; rank < byName.Length; rank++) _nameRanks[byName[rank]] = rank;
        _withParents = [.. knowledge.Actors.Where(a => a.PartOf.Count > 0).Select(a => _ordinals[a.Id]).Order()];
        _hasParents = new bool[_actors.Length];
        foreach (var i in _withParents) _hasParents[i] = true;
        _kinds = new ActorKind?[_actors.Length];
        foreach (var actor in knowledge.Actors) _kinds[_ordinals[actor.Id]] = actor.Kind;
        _hasStates = new bool[_actors.Length];
        foreach (var state in knowledge.States) _hasStates[_ordinals[state.Actor]] = true;
    }

    public int Count => _actors.Length;

    /// <summary>The actor's number, or −1 for an id the knowledge base does not name.</summary>
    public int Of(ActorId actor) => _ordinals.TryGetValue(actor, out var ordinal) ? ordinal : -1;

    public ActorId At(int ordinal) => _actors[ordinal];

    /// <summary>Position by name (ordinal), then id; distinct for every actor.</summary>
    public int NameRank(int ordinal) => _nameRanks[ordinal];

    /// <summary><see cref="KnowledgeBase.NameOf"/> of the actor.</summary>
    public string Name(int ordinal) => _names[ordinal];

    /// <summary>The declared actor's kind; null for an id only claims or part-of links name.</summary>
    public ActorKind? Kind(int ordinal) => _kinds[ordinal];

    /// <summary>Whether the actor is declared part of another (only then has it ancestors to walk).</summary>
    public bool HasParents(int ordinal) => _hasParents[ordinal];

    /// <summary>Whether any state claim is about the actor.</summary>
    public bool HasStates(int ordinal) => _hasStates[ordinal];

    /// <summary>Numbers of the declared actors that are part of another, in order.</summary>
    public ReadOnlySpan<int> WithParents => _withParents;
}
