using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Dossiers;

namespace Casus.Reason.Factors;

/// <summary>
/// The fallback that keeps every verdict cited: when no other factor used any claim, this one
/// lists the ties that put the actor in the scenario, with no effect on the numbers.
/// </summary>
public sealed class ContactRule(int maxEvidence)
{
    public string Name => "contact";

    /// <summary>No effect on the numbers, so the text and evidence are built only if someone reads them;
    /// the ties are copied now because the dossier's buffer is reused for the next actor.</summary>
    public FactorOutcome Assess(FactorContext context)
    {
        if (!context.Explains)
        {
            var any = false;
            foreach (var c in context.Dossier.Claims)
                if (c.CounterpartSide != Side.Third) { any = true; break; }
            return new FactorOutcome(0, any && maxEvidence > 0, FactorScope.Ladder);
        }
        var ties = new List<DossierClaim>();
        foreach (var c in context.Dossier.Claims)
            if (c.CounterpartSide != Side.Third) ties.Add(c);
        return new FactorOutcome(0, ties.Count > 0 && maxEvidence > 0, FactorScope.Ladder, () => Build(ties, context));
    }

    private Factor Build(List<DossierClaim> candidates, FactorContext context)
    {
        var ties = candidates
            .OrderBy(c => c.IsInherited)
            .ThenBy(c => c.Claim.Evidence.DocumentId, StringComparer.Ordinal)
            .ThenBy(c => c.Claim.Evidence.Start)
            .ToList();
        var kinds = ties.Select(c => $"{c.Type.ToSnake()} {(c.Outgoing ? "to" : "from")} {context.NameOf(c.Counterpart)}").Distinct().Take(3);
        var text = ties.Count == 0 ? "no claim bears on this scenario" : $"tied to the war's parties ({string.Join(", ", kinds)}) in ways no factor weighs";
        var evidence = ties.Select(c => c.Claim.Evidence).Distinct().Take(maxEvidence).ToList();
        return new Factor("contact", 0, text, evidence);
    }
}
