using System.Globalization;
using Casus.Core.Claims;
using Casus.Core.Scenarios;

namespace Casus.Reason.Factors;

/// <summary>
/// Adds up a factor's pieces. Within one rule (say "alignment with the other side") repeated
/// reports do not stack: the strongest supporting and the strongest opposing claim count, so
/// ten outlets repeating one sentence are one piece of evidence, and contested ties partly cancel.
/// Different rules add. The total is clamped to ±limit.
/// </summary>
public sealed class Tally(string name, double limit, int maxEvidence)
{
    private readonly Dictionary<string, Rule> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public bool IsEmpty => _rules.Count == 0;

    public void Add(string rule, string description, double value, Evidence evidence)
    {
        if (!_rules.TryGetValue(rule, out var entry))
        {
            _rules[rule] = entry = new Rule();
            _order.Add(rule);
        }
        entry.Add(value, description, evidence);
    }

    public double Effect => Math.Clamp(_order.Sum(r => _rules[r].Contribution), -limit, limit);

    public Factor ToFactor(string? note = null)
    {
        var parts = _order.Select(r => _rules[r])
            .Where(r => r.Contribution != 0)
            .OrderByDescending(r => Math.Abs(r.Contribution))
            .Select(r => $"{r.Description} ({r.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)})")
            .ToList();
        if (parts.Count == 0) parts.Add("claims found, but they cancel out or carry no weight here");
        var text = string.Join("; ", parts) + (note is null ? "" : "; " + note);
        return new Factor(name, Math.Round(Effect, 6), text, Evidence());
    }

    /// <summary>The sentences that decided each rule first, then the rest by weight; distinct, bounded.</summary>
    private List<Evidence> Evidence()
    {
        var ranked = _rules.Values.SelectMany(r => r.Items.Select(i => (i.Value, i.Evidence, Decisive: r.IsDecisive(i.Value))))
            .OrderByDescending(i => i.Decisive)
            .ThenByDescending(i => Math.Abs(i.Value))
            .ThenBy(i => i.Evidence.DocumentId, StringComparer.Ordinal)
            .ThenBy(i => i.Evidence.Start);
        var seen = new HashSet<(string, int, string)>();
        var result = new List<Evidence>();
        foreach (var item in ranked)
        {
            if (result.Count >= maxEvidence) break;
            if (seen.Add((item.Evidence.DocumentId, item.Evidence.Start, item.Evidence.Sentence))) result.Add(item.Evidence);
        }
        return result;
    }

    private sealed class Rule
    {
        public List<(double Value, string Description, Evidence Evidence)> Items { get; } = [];

        private double Max { get; set; }
        private double Min { get; set; }

        public void Add(double value, string description, Evidence evidence)
        {
            Items.Add((value, description, evidence));
            Max = Math.Max(Max, value);
            Min = Math.Min(Min, value);
        }

        public double Contribution => Max + Min;

        public bool IsDecisive(double value) => value != 0 && (value == Max || value == Min);

        /// <summary>Described by its decisive claims: the strongest for, then the strongest against.</summary>
        public string Description
        {
            get
            {
                var up = Items.FirstOrDefault(i => i.Value > 0 && i.Value == Max).Description;
                var down = Items.FirstOrDefault(i => i.Value < 0 && i.Value == Min).Description;
                return up is null ? down ?? Items[0].Description : down is null ? up : $"{up} vs {down}";
            }
        }
    }
}
