namespace Casus.Reason.Dossiers;

/// <summary>Every actor's claims of one kind (hostility, for wars elsewhere) in one array: by the actor's number,
/// then by modality and, for conditional claims, by the actor whose act triggers them (what a claim's weight
/// depends on), then earliest first; with where each run of equal weight starts, so a reader that needs one
/// claim per weight jumps from run to run instead of stepping through every claim. One array rather than one
/// per actor: a scenario reads this for thousands of candidates, and every extra object is a trip to main memory.</summary>
public sealed class ModalityGroups
{
    private readonly IndexedClaim[] _claims;
    private readonly int[] _starts; // every run's start, then _claims.Length
    private readonly int[] _firstRun; // by actor number: its first run's index in _starts; then the run count

    /// <param name="sorted">By actor number: each actor's claims ordered by modality, then trigger (then start day).</param>
    public ModalityGroups(IndexedClaim[][] sorted)
    {
        _claims = new IndexedClaim[sorted.Sum(s => s.Length)];
        _firstRun = new int[sorted.Length + 1];
        var starts = new List<int>();
        var at = 0;
        for (var actor = 0; actor < sorted.Length; actor++)
        {
            _firstRun[actor] = starts.Count;
            var claims = sorted[actor];
            for (var i = 0; i < claims.Length; i++)
            {
                if (i == 0 || claims[i].Modality != claims[i - 1].Modality || claims[i].Claim.ConditionActor != claims[i - 1].Claim.ConditionActor)
                    starts.Add(at + i);
                _claims[at + i] = claims[i];
            }
            at += claims.Length;
        }
        _firstRun[sorted.Length] = starts.Count;
        starts.Add(_claims.Length);
        _starts = [.. starts];
    }

    /// <summary>Every actor's claims; <see cref="RunsOf"/> says where one actor's runs lie.</summary>
    public IndexedClaim[] Claims => _claims;

    /// <summary>The starts of the runs of the actor numbered <paramref name="ordinal"/> (indexes into
    /// <see cref="Claims"/>), then the end of its last run: run k is <c>runs[k]..runs[k+1]</c>.</summary>
    public ReadOnlySpan<int> RunsOf(int ordinal) =>
        ordinal < 0 ? [] : _starts.AsSpan(_firstRun[ordinal], _firstRun[ordinal + 1] - _firstRun[ordinal] + 1);
}
