using Casus.Core.Actors;
using Casus.Reason.Dossiers;

namespace Casus.Reason.Selection;

/// <summary>
/// Who gets a verdict: every non-party with a tie claim (any type, any modality, holding on the
/// as-of date) to the target or to anyone on the other side, and every actor whose part-of
/// ancestors have one (Kata'ib Hezbollah through the PMF). Linear in the parties' claims and in
/// the number of actors.
/// </summary>
public static class CandidateSelector
{
    public static IReadOnlyList<ActorId> Select(ScenarioView view)
    {
        var tied = view.TiedToParties.ToHashSet();
        var selected = new HashSet<ActorId>(tied);
        foreach (var actor in view.Knowledge.Actors)
        {
            if (actor.PartOf.Count == 0 || selected.Contains(actor.Id) || view.IsParty(actor.Id)) continue;
            if (view.Ancestors(actor.Id).Any(tied.Contains)) selected.Add(actor.Id);
        }
        var ordered = selected.ToArray();
        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Value, b.Value));
        return ordered;
    }
}
