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
    public static IReadOnlyList<ActorId> Select(ScenarioView view) => Select(view, out _);

    /// <summary>As <see cref="Select(ScenarioView)"/>, in id order (ordinal), with each actor's number
    /// (<see cref="ScenarioView.Ordinals"/>).</summary>
    public static ActorId[] Select(ScenarioView view, out int[] ordinals)
    {
        var actors = view.Ordinals;
        var selected = new bool[actors.Count];
        var count = 0;
        for (var i = 0; i < selected.Length; i++)
            if (view.IsTied(i)) { selected[i] = true; count++; }
        foreach (var i in actors.WithParents)
        {
            var actor = actors.At(i);
            if (selected[i] || view.IsParty(actor)) continue;
            foreach (var ancestor in view.Ancestors(actor))
                if (actors.Of(ancestor) is var a && a >= 0 && view.IsTied(a)) { selected[i] = true; count++; break; }
        }
        // Numbers run in id order, so reading the flags in order gives the candidates sorted.
        ordinals = new int[count];
        var ids = new ActorId[count];
        for (int i = 0, at = 0; i < selected.Length; i++)
            if (selected[i]) (ordinals[at], ids[at++]) = (i, actors.At(i));
        return ids;
    }
}
