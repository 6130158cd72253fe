using System.Collections;
using Casus.Core.Scenarios;
using Casus.Reason.Factors;

namespace Casus.Reason.Model;

/// <summary>
/// A verdict's factors, built on first read: the probabilities need only each factor's number,
/// while the explanation text and evidence list are for whoever displays the verdict. Reading
/// any member materialises the whole list once; the content is the same as if built eagerly.
/// </summary>
internal sealed class LazyFactorList(FactorOutcome[] outcomes) : IReadOnlyList<Factor>
{
    private Factor[]? _factors;

    private Factor[] Factors => _factors ??= Array.ConvertAll(outcomes, o => o.Factor);

    public int Count => outcomes.Length;

    public Factor this[int index] => Factors[index];

    public IEnumerator<Factor> GetEnumerator() => ((IEnumerable<Factor>)Factors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
