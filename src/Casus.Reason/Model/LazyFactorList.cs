using System.Collections;
using Casus.Core.Scenarios;

namespace Casus.Reason.Model;

/// <summary>
/// A verdict's factors, explained on first read. The probabilities came from a numbers-only pass
/// (see <see cref="Factors.Tally"/>); reading any factor runs the same rules again for this one actor
/// with explanations on, and checks that every factor reports the effect the numbers pass used.
/// </summary>
/// <param name="terms">The numbers pass's effect (with scope and cap) of each of this verdict's factors, in order.</param>
internal sealed class LazyFactorList(FactorTerm[] terms, ScenarioEngine engine, Dossiers.ScenarioView view, Core.Actors.ActorId actor, int nameRank = 0)
    : IReadOnlyList<Factor>
{
    public IReadOnlyList<FactorTerm> Terms => terms;

    /// <summary>The actor's rank by name then id among the scenario's actors (the reading order's last keys).</summary>
    public int NameRank => nameRank;

    private Factor[]? _factors;

    private Factor[] Factors => _factors ??= Checked(engine.Explain(view, actor));

    public int Count => terms.Length;

    public Factor this[int index] => Factors[index];

    public IEnumerator<Factor> GetEnumerator() => ((IEnumerable<Factor>)Factors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Factor[] Checked(Factor[] factors)
    {
        // The two passes share every rule and every sum, so a difference is a bug in a rule (state kept
        // between actors, say), never a matter of rounding.
        var same = factors.Length == terms.Length;
        for (var i = 0; same && i < terms.Length; i++) same = factors[i].Effect.Equals(terms[i].Effect);
        return same ? factors : throw new InvalidOperationException("A verdict's explanation disagrees with the numbers it was computed from.");
    }
}
