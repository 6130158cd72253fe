namespace Casus.Reason.Dossiers;

/// <summary>Claims sorted by modality and, for conditional claims, by the actor whose act triggers them
/// (what a claim's weight depends on), with where each run starts, so a reader that needs one claim per
/// weight jumps from run to run instead of stepping through every claim.</summary>
public sealed class ModalityGroups
{
    private ModalityGroups(IndexedClaim[] claims, int[] starts)
    {
        Claims = claims;
        Starts = starts;
    }

    public static ModalityGroups Empty { get; } = new([], [0]);

    /// <summary>The claims, each modality's together.</summary>
    public IndexedClaim[] Claims { get; }

    /// <summary>Start of each run, then <c>Claims.Length</c>: run k is <c>Starts[k]..Starts[k+1]</c>.</summary>
    public int[] Starts { get; }

    /// <param name="sorted">Claims already ordered by modality, then trigger.</param>
    public static ModalityGroups Of(IndexedClaim[] sorted)
    {
        var starts = new List<int>();
        for (var i = 0; i < sorted.Length; i++)
            if (i == 0 || sorted[i].Modality != sorted[i - 1].Modality || sorted[i].Claim.ConditionActor != sorted[i - 1].Claim.ConditionActor)
                starts.Add(i);
        starts.Add(sorted.Length);
        return new ModalityGroups(sorted, [.. starts]);
    }
}
