using Casus.Core.Claims;
using Casus.Reason.Dossiers;
using Casus.Reason.Model;
using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>
/// Formal commitment: a treaty between the actor and the target. A mutual-defence clause gets a
/// base-rate prior — the η at which P(level ≥ 4) equals the historical rate at which defence
/// pacts were honoured (Berkemeier &amp; Fuhrmann 2018), adjusted for era. A partnership that
/// explicitly lacks the clause is a weak tie, not a commitment.
/// </summary>
public sealed class CommitmentRule : FactorRule
{
    private readonly double _defencePrior, _defencePriorPre1945, _conditionalScale, _noDefence, _unspecified;
    private readonly int _eraCutoff;

    public CommitmentRule(WeightTable table, OrdinalLadder ladder) : base(table, "commitment", "commitment")
    {
        var rate = Number("defence_pact_honour_rate");
        _eraCutoff = (int)Number("era_cutoff_year");
        // τ₃ + logit(p): alone, this propensity gives P(level ≥ 4) = p.
        _defencePrior = ladder.Threshold(3) + OrdinalLadder.Logit(Math.Clamp(rate * Number("era_post_multiplier"), 0.01, 0.99));
        _defencePriorPre1945 = ladder.Threshold(3) + OrdinalLadder.Logit(Math.Clamp(rate * Number("era_pre_multiplier"), 0.01, 0.99));
        _conditionalScale = Number("conditional_clause_scale");
        _noDefence = Number("partnership_without_defence");
        _unspecified = Number("treaty_unspecified");
    }

    public override FactorOutcome? Assess(FactorContext context)
    {
        var tally = NewTally(context);
        var early = context.View.Scenario.AsOf is { } day && day.Year < _eraCutoff;
        foreach (var claim in context.Dossier.Claims)
        {
            if (claim.Type != TieType.Treaty || claim.CounterpartSide != Side.Target) continue;
            var modality = context.Modality.Of(claim, context.View.OtherSide) * claim.Inheritance;
            switch (claim.Clauses.FirstDefence)
            {
                case Dossiers.DefenceClause.Present or Dossiers.DefenceClause.Conditional:
                    var prior = early ? _defencePriorPre1945 : _defencePrior;
                    var scale = claim.Clauses.FirstDefence == Dossiers.DefenceClause.Present ? 1 : _conditionalScale;
                    tally.Add("defence", prior * scale * modality, claim.Claim, (context, claim, early), static s =>
                        $"treaty with a mutual-defence clause{(DefenceClause(s.claim.Claim)?.Condition is { } condition ? $", limited to: {condition}" : "")}; prior from the {(s.early ? "pre-1945" : "post-1945")} honour rate of defence pacts{s.context.Via(s.claim)}");
                    break;
                case Dossiers.DefenceClause.Absent:
                    tally.Add("partnership", _noDefence * modality, claim.Claim, (context, claim), static s =>
                        $"partnership treaty that explicitly has no mutual-defence clause: a weak tie, not a commitment to fight{s.context.Via(s.claim)}");
                    break;
                default:
                    tally.Add("treaty", _unspecified * modality, claim.Claim, (context, claim), static s =>
                        $"treaty whose obligations the sources do not spell out{s.context.Via(s.claim)}");
                    break;
            }
        }
        return tally.IsEmpty ? null : new FactorOutcome(tally, FactorScope.Force);
    }

    /// <summary>The treaty's first mutual-defence clause, present or explicitly absent; null when the text says neither.</summary>
    private static Clause? DefenceClause(TieClaim claim)
    {
        foreach (var clause in claim.ClauseList)
            if (clause.Kind == ClauseKind.MutualDefence) return clause;
        return null;
    }
}
