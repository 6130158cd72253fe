using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason.Dossiers;

/// <summary>
/// One scenario over one knowledge base. Filters claims to the as-of date while reading them
/// (the same rule as <see cref="KnowledgeBase.AsOf"/>, without copying a million claims), and
/// caches each ancestor's relevant claims so a bloc with many members is scanned once.
/// </summary>
public sealed class ScenarioView
{
    private readonly Dictionary<ActorId, List<DossierClaim>> _inheritable = [];
    private readonly Dictionary<ActorId, IReadOnlyList<ActorId>> _ancestors = [];

    public ScenarioView(KnowledgeBase knowledge, Scenario scenario)
    {
        Knowledge = knowledge;
        Scenario = scenario;
        OtherSide = scenario.OtherSide.ToHashSet();
    }

    public KnowledgeBase Knowledge { get; }
    public Scenario Scenario { get; }
    public ActorId Target => Scenario.Target;
    public IReadOnlySet<ActorId> OtherSide { get; }

    public bool IsParty(ActorId actor) => actor == Target || OtherSide.Contains(actor);

    public Side SideOf(ActorId actor) =>
        actor == Target ? Side.Target : OtherSide.Contains(actor) ? Side.OtherSide : Side.Third;

    public bool Holds(TieClaim claim) => Scenario.AsOf is not { } day || claim.HoldsOn(day);

    public bool Holds(StateClaim state) => Scenario.AsOf is not { } day || state.HoldsOn(day);

    public IEnumerable<TieClaim> ClaimsOf(ActorId actor) => Knowledge.ClaimsOf(actor).Where(Holds);

    public IReadOnlyList<ActorId> Ancestors(ActorId actor)
    {
        if (!_ancestors.TryGetValue(actor, out var list)) _ancestors[actor] = list = Knowledge.Ancestors(actor);
        return list;
    }

    /// <summary>An ancestor's claims that bear on this scenario (other end is a party), seen from the ancestor.</summary>
    public IReadOnlyList<DossierClaim> InheritableClaims(ActorId ancestor, double inheritance)
    {
        if (_inheritable.TryGetValue(ancestor, out var cached)) return cached;
        var list = new List<DossierClaim>();
        foreach (var claim in ClaimsOf(ancestor))
        {
            var seen = See(claim, ancestor, inheritance);
            if (seen is not null && seen.CounterpartSide != Side.Third) list.Add(seen);
        }
        _inheritable[ancestor] = list;
        return list;
    }

    /// <summary>The claim from <paramref name="holder"/>'s point of view; null for self-loops.</summary>
    public DossierClaim? See(TieClaim claim, ActorId holder, double inheritance)
    {
        var outgoing = claim.Source == holder;
        var counterpart = outgoing ? claim.Target : claim.Source;
        if (counterpart == holder) return null;
        return new DossierClaim(claim, holder, inheritance, outgoing, counterpart, SideOf(counterpart));
    }
}
