using Casus.Core.Claims;

namespace Casus.Reason.Dossiers;

/// <summary>What the rules weigh in a treaty's clauses, packed in a byte when the claim is indexed: the first
/// mutual-defence clause (none, present, present under a condition, explicitly absent), whether any defence
/// clause is present, whether any neutrality or non-aggression clause is. The numbers pass then weighs a
/// treaty without reading its clause list (a trip to main memory per treaty); the explain pass still reads
/// the clauses for their wording.</summary>
public readonly record struct ClauseSummary(byte Bits)
{
    public static ClauseSummary Of(TieClaim claim)
    {
        if (claim.Type != TieType.Treaty) return default;
        int first = 0, anyDefence = 0, anyNeutrality = 0;
        foreach (var clause in claim.ClauseList)
        {
            if (clause.Kind == ClauseKind.MutualDefence && first == 0)
                first = !clause.Present ? (int)DefenceClause.Absent : clause.Condition is null ? (int)DefenceClause.Present : (int)DefenceClause.Conditional;
            if (!clause.Present) continue;
            anyDefence |= clause.Kind == ClauseKind.MutualDefence ? 1 : 0;
            anyNeutrality |= clause.Kind is ClauseKind.Neutrality or ClauseKind.NonAggression ? 1 : 0;
        }
        return new ClauseSummary((byte)(first | anyDefence << 2 | anyNeutrality << 3));
    }

    /// <summary>The treaty's first mutual-defence clause.</summary>
    public DefenceClause FirstDefence => (DefenceClause)(Bits & 3);

    public bool AnyDefencePresent => (Bits & 4) != 0;

    public bool AnyNeutralityPresent => (Bits & 8) != 0;
}

/// <summary>A treaty's first mutual-defence clause, as the commitment rule weighs it.</summary>
public enum DefenceClause : byte { None, Present, Conditional, Absent }
