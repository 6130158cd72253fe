using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// What the actor can do now. Its own capability claims win over its ancestors' (the PMF's
/// 200,000 fighters beat the axis's "diminished"); a faction with none inherits the nearest
/// ancestor's. Asserted neutralisation or toppling caps the reachable level; negated
/// capability claims are ignored (a denial is not a measurement).
/// </summary>
public sealed class CapabilityRule(WeightTable table) : FactorRule(table, "capability", "capability")
{
    private readonly double _neutralised = table.Number("capability.neutralised");
    private readonly int _neutralisedCap = (int)table.Number("capability.neutralised_cap");
    private readonly double _degraded = table.Number("capability.degraded");
    private readonly int _degradedCap = (int)table.Number("capability.degraded_cap");
    private readonly double _toppled = table.Number("capability.toppled");
    private readonly int _toppledCap = (int)table.Number("capability.toppled_cap");
    private readonly double _strong = table.Number("capability.strong");
    private readonly double _leaderKilled = table.Number("capability.leader_killed");
    private readonly double _nuclear = table.Number("capability.nuclear_armed");
    private readonly double _sizePerDecade = table.Number("capability.size_per_tenfold");
    private readonly double _sizeReference = table.Number("capability.size_reference");
    private readonly double _sizeMax = table.Number("capability.size_max");

    private static readonly ActorStateKind[] Kinds =
    [
        ActorStateKind.CapabilityNeutralised, ActorStateKind.CapabilityDegraded, ActorStateKind.CapabilityStrong,
        ActorStateKind.RegimeToppled, ActorStateKind.LeaderKilled, ActorStateKind.NuclearArmed, ActorStateKind.Size,
    ];

    public override FactorOutcome? Assess(FactorContext context)
    {
        // The nearest holder (in lineage order) with a relevant, non-negated capability claim speaks for the actor.
        var states = context.Dossier.States;
        if (states.Count == 0) return null;
        ActorId holder = default;
        var found = false;
        foreach (var id in context.Dossier.Lineage)
        {
            foreach (var s in states)
                if (IsRelevant(s) && s.Holder == id) { holder = id; found = true; break; }
            if (found) break;
        }
        if (!found) return null;
        var tally = NewTally(context);
        int? cap = null;
        foreach (var s in states)
        {
            if (!IsRelevant(s) || s.Holder != holder) continue;
            var w = context.Modality.Of(s.State) * s.Inheritance;
            var asserted = s.State.Modality == Modality.Asserted;
            var e = s.State.Evidence;
            switch (s.Kind)
            {
                case ActorStateKind.CapabilityNeutralised:
                    tally.Add("neutralised", _neutralised * w, e, (context, s), static t => $"capability neutralised{t.context.Via(t.s)}");
                    if (asserted) cap = Min(cap, _neutralisedCap);
                    break;
                case ActorStateKind.RegimeToppled:
                    tally.Add("toppled", _toppled * w, e, (context, s), static t => $"regime toppled{t.context.Via(t.s)}");
                    if (asserted) cap = Min(cap, _toppledCap);
                    break;
                case ActorStateKind.CapabilityDegraded:
                    tally.Add("degraded", _degraded * w, e, (context, s), static t => $"capability degraded{t.context.Via(t.s)}");
                    if (asserted && !s.IsInherited) cap = Min(cap, _degradedCap);
                    break;
                case ActorStateKind.CapabilityStrong: tally.Add("strong", _strong * w, e, (context, s), static t => $"capability intact or strong{t.context.Via(t.s)}"); break;
                case ActorStateKind.LeaderKilled: tally.Add("leader", _leaderKilled * w, e, (context, s), static t => $"leader killed{t.context.Via(t.s)}"); break;
                case ActorStateKind.NuclearArmed: tally.Add("nuclear", _nuclear * w, e, (context, s), static t => $"nuclear-armed{t.context.Via(t.s)}"); break;
                case ActorStateKind.Size when s.State.Quantity is > 0:
                    var size = Math.Clamp(_sizePerDecade * Math.Log10(s.State.Quantity.Value / _sizeReference), -_sizeMax, _sizeMax);
                    tally.Add("size", size * w, e, (context, s), static t => $"about {t.s.State.Quantity!.Value:N0} fighters or troops{t.context.Via(t.s)}");
                    break;
            }
        }
        if (tally.IsEmpty) return null;
        var note = cap is { } c ? $"capability caps the reachable level at {c}" : null;
        return new FactorOutcome(tally, FactorScope.Force, cap, note);
    }

    private static bool IsRelevant(DossierState s) => Array.IndexOf(Kinds, s.Kind) >= 0 && s.State.Modality != Modality.Negated;

    private static int Min(int? current, int candidate) => current is { } c ? Math.Min(c, candidate) : candidate;
}
