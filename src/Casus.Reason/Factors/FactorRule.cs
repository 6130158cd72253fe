using Casus.Reason.Weights;

namespace Casus.Reason.Factors;

/// <summary>Shared plumbing: a rule's numbers live under its own prefix in the weights file.</summary>
public abstract class FactorRule : IFactorRule
{
    private readonly WeightTable _table;
    private readonly string _prefix;
    private readonly double _limit;
    private readonly int _maxEvidence;

    protected FactorRule(WeightTable table, string name, string prefix)
    {
        _table = table;
        _prefix = prefix;
        Name = name;
        _limit = Number("limit");
        _maxEvidence = (int)table.Number("evidence.max_per_factor");
    }

    public string Name { get; }

    public abstract FactorOutcome? Assess(FactorContext context);

    protected double Number(string key) => _table.Number($"{_prefix}.{key}");

    /// <summary>The context's reused numbers-only tally in the first pass, a fresh explaining one after.</summary>
    protected Tally NewTally(FactorContext context) =>
        context.Scratch is { } scratch ? scratch.Reset(Name, _limit, _maxEvidence) : new(Name, _limit, _maxEvidence);

    protected static string Signed(double value) =>
        value.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture);
}
