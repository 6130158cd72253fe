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
/// <remarks>Hot path: one tally per rule per judged actor (tens of thousands per scenario on a large
/// network). A scenario is judged twice over: first for the numbers only (<see cref="Explains"/> false: one
/// tally per evaluation, reset for every rule, that keeps each rule's strongest values and nothing else, so
/// descriptions are never formatted and nothing is allocated once warm), then, for a verdict someone reads,
/// again with explanations (a fresh tally that keeps every piece). Both go through the same
/// <see cref="Add{TState}"/> calls and the same arithmetic, so the numbers agree.</remarks>
public sealed class Tally
{
    private readonly List<Rule> _rules = new(2);
    private string _name;
    private double _limit;
    private int _maxEvidence;
    private int _count;

    public Tally(string name, double limit, int maxEvidence, bool explains = true)
    {
        _name = name;
        _limit = limit;
        _maxEvidence = maxEvidence;
        Explains = explains;
    }

    /// <summary>False for the numbers-only pass: pieces keep no description or evidence.</summary>
    public bool Explains { get; }

    public bool IsEmpty => _count == 0;

    /// <summary>Starts a new rule's tally on a numbers-only scratch tally, keeping its buffers.</summary>
    internal Tally Reset(string name, double limit, int maxEvidence)
    {
        if (Explains) throw new InvalidOperationException("Only a numbers-only tally is reused.");
        _name = name;
        _limit = limit;
        _maxEvidence = maxEvidence;
        _count = 0;
        return this;
    }

    public void Add(string rule, string description, double value, Evidence evidence) =>
        Entry(rule).Add(value, Explains ? description : null, evidence, Explains);

    /// <summary>As <see cref="Add(string, string, double, Evidence)"/>, formatting the description only
    /// if this piece can end up describing its rule: the rule's first piece, or a new strongest piece
    /// for or against. The first piece to reach the final maximum (minimum) was a new strongest when
    /// added, so <see cref="Rule.Description"/> reads the same text as if every piece were formatted.
    /// Pass a static lambda and a value-tuple state so that nothing is allocated for the other pieces.</summary>
    public void Add<TState>(string rule, double value, Evidence evidence, TState state, Func<TState, string> describe)
    {
        var entry = Entry(rule);
        // An explaining tally describes every piece: a sentence is cited only under the description it supports.
        entry.Add(value, Explains ? describe(state) : null, evidence, Explains);
    }

    /// <summary>As <see cref="Add{TState}(string, double, Evidence, TState, Func{TState, string})"/> for a tie
    /// claim's sentence, which a numbers-only tally never reads: on a large network most pieces are
    /// claims nobody will cite, and reading each one's evidence is a trip to main memory.</summary>
    public void Add<TState>(string rule, double value, TieClaim claim, TState state, Func<TState, string> describe)
    {
        var entry = Entry(rule);
        if (Explains) entry.Add(value, describe(state), claim.Evidence, keep: true);
        else entry.Add(value, null, null!, keep: false);
    }

    /// <summary>The rule's entry; the first <see cref="_count"/> entries are live, later ones are kept for reuse.</summary>
    private Rule Entry(string rule)
    {
        for (var i = 0; i < _count; i++)
            if (string.Equals(_rules[i].Key, rule, StringComparison.Ordinal)) return _rules[i];
        if (_count == _rules.Count) _rules.Add(new Rule());
        var entry = _rules[_count++];
        entry.Start(rule);
        return entry;
    }

    public double Effect
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < _count; i++) sum += _rules[i].Contribution;
            return Math.Clamp(sum, -_limit, _limit);
        }
    }

    public Factor ToFactor(string? note = null)
    {
        if (!Explains) throw new InvalidOperationException("A numbers-only tally has no explanation.");
        var rules = _rules.GetRange(0, _count);
        var ranked = new List<(Rule Rule, int Order)>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
            if (rules[i].Contribution != 0) ranked.Add((rules[i], i));
        // Strongest first; ties keep the order the rules were first seen (a stable sort).
        ranked.Sort((a, b) => Math.Abs(b.Rule.Contribution).CompareTo(Math.Abs(a.Rule.Contribution)) is var c && c != 0 ? c : a.Order.CompareTo(b.Order));
        var text = new System.Text.StringBuilder();
        foreach (var (rule, _) in ranked)
        {
            if (text.Length > 0) text.Append("; ");
            text.Append(rule.Description).Append(" (").Append(rule.Contribution.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)).Append(')');
        }
        if (text.Length == 0) text.Append("claims found, but they cancel out or carry no weight here");
        if (note is not null) text.Append("; ").Append(note);
        return new Factor(_name, Math.Round(Effect, 6), text.ToString(), Evidence(rules));
    }

    /// <summary>The sentences that decided each rule first, then the rest by weight; distinct, at most
    /// <c>maxEvidence</c> (at least one). Only sentences that say what the explanation says are cited: a piece
    /// whose own description differs from its rule's shown one ("has attacked or fought Israel" when the rule
    /// reads "… United States"), or a rule that adds nothing and is not shown, cites nothing.</summary>
    private List<Evidence> Evidence(List<Rule> rules)
    {
        var items = new List<(double Value, Evidence Evidence, bool Decisive, int Order)>();
        var anyShown = false;
        foreach (var r in rules) anyShown |= r.Contribution != 0;
        foreach (var r in rules)
        {
            if (anyShown && r.Contribution == 0) continue;
            foreach (var (value, description, evidence) in r.Items)
                if (r.Supports(value, description)) items.Add((value, evidence, r.IsDecisive(value), items.Count));
        }
        items.Sort(static (a, b) =>
        {
            var c = b.Decisive.CompareTo(a.Decisive);
            if (c == 0) c = Math.Abs(b.Value).CompareTo(Math.Abs(a.Value));
            if (c == 0) c = string.CompareOrdinal(a.Evidence.DocumentId, b.Evidence.DocumentId);
            if (c == 0) c = a.Evidence.Start.CompareTo(b.Evidence.Start);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        var result = new List<Evidence>(Math.Min(Math.Max(1, _maxEvidence), items.Count));
        foreach (var item in items)
        {
            if (result.Count >= Math.Max(1, _maxEvidence)) break;
            var duplicate = false;
            foreach (var e in result)
                if (e.Start == item.Evidence.Start && e.DocumentId == item.Evidence.DocumentId && e.Sentence == item.Evidence.Sentence) { duplicate = true; break; }
            if (!duplicate) result.Add(item.Evidence);
        }
        return result;
    }

    private sealed class Rule
    {
        private int _pieces;

        public string Key { get; private set; } = "";

        /// <summary>Pieces in arrival order (explaining tallies only); a description is null when it could
        /// never be shown (see <see cref="Tally.Add{TState}"/>).</summary>
        public List<(double Value, string? Description, Evidence Evidence)> Items { get; } = [];

        private double Max { get; set; }
        private double Min { get; set; }

        public void Start(string key)
        {
            Key = key;
            Items.Clear();
            _pieces = 0;
            Max = 0;
            Min = 0;
        }

        public bool MayDescribe(double value) => _pieces == 0 || value > Max || value < Min;

        public void Add(double value, string? description, Evidence evidence, bool keep)
        {
            if (keep) Items.Add((value, description, evidence));
            _pieces++;
            Max = Math.Max(Max, value);
            Min = Math.Min(Min, value);
        }

        public double Contribution => Max + Min;

        public bool IsDecisive(double value) => value != 0 && (value == Max || value == Min);

        /// <summary>Whether a piece says what the rule's description says: pieces for the rule share the strongest
        /// supporting piece's description, pieces against it the strongest opposing one's.</summary>
        public bool Supports(double value, string? description)
        {
            var (up, down) = Decisive();
            if (up is null && down is null) return true;
            if (description is null) return false;
            return value > 0 ? description == up : value < 0 ? description == down : description == up || description == down;
        }

        private (string? Up, string? Down) Decisive()
        {
            string? up = null, down = null;
            foreach (var i in Items)
            {
                if (up is null && i.Value > 0 && i.Value == Max) up = i.Description;
                if (down is null && i.Value < 0 && i.Value == Min) down = i.Description;
            }
            return (up, down);
        }

        /// <summary>Described by its decisive claims: the strongest for, then the strongest against.</summary>
        public string Description
        {
            get
            {
                var (up, down) = Decisive();
                return up is null ? down ?? Items[0].Description! : down is null ? up : $"{up} vs {down}";
            }
        }
    }
}
