using System.Globalization;
using Casus.Core;

namespace Casus.History;

/// <summary>One state's outside view of a war: the fitted structural model's distribution and what moved it.</summary>
public sealed record StateOutlook(string Iso, int Cow, string Name, double[] Probabilities, double Eta,
    IReadOnlyList<(string Reads, double Contribution)> Contributions, bool Relevant)
{
    public double AtLeast(int level) => Probabilities.Skip(level).Sum();
}

/// <summary>The two numbers of <c>data/reasoning/outside-view.tsv</c> (set, not fitted; the file says why).</summary>
public sealed record OutsideViewSettings(double TextWeight, double RelevanceGate)
{
    public static OutsideViewSettings Parse(string text)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != 3 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v is < 0 or > 1)
                throw new InputException($"reasoning/outside-view.tsv:{n}: expected key, a number from 0 to 1, and why");
            if (!values.TryAdd(cells[0], v)) throw new InputException($"reasoning/outside-view.tsv:{n}: duplicate key '{cells[0]}'");
        }
        double Take(string key) => values.Remove(key, out var v) ? v : throw new InputException($"reasoning/outside-view.tsv: missing key '{key}'");
        var settings = new OutsideViewSettings(Take("text_weight"), Take("relevance_gate"));
        if (values.Count > 0) throw new InputException($"reasoning/outside-view.tsv: unknown key '{values.Keys.First()}'");
        return settings;
    }
}

/// <summary>
/// The outside view of every state toward a scenario: each state with a structural tie to the target or to the
/// other side on the date (<see cref="StructuralIndex.Tied"/>) gets the fitted model's distribution. Relevance is a
/// property of each state, not a count: a great power, a neighbour of the target (≤ 150 miles) or a state with a
/// defence obligation toward the target is always relevant; any other tied state (a fellow signatory of a multilateral
/// non-aggression pact, the attackers' bloc, their arms customers) is
/// relevant when the model gives it at least the gate's chance of doing anything for the target (P(level ≥ 1)).
/// So members of a large bloc around the attackers and far-away small states stay out however many there are.
/// </summary>
public sealed class OutsideView
{
    private readonly StructuralIndex _index;
    private readonly StructuralModel _model;
    private readonly Dictionary<string, int> _isoToCow = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _cowToIso = [];

    public OutsideViewSettings Settings { get; }

    /// <param name="countryCodes">data/lexicon/country-codes.tsv: iso3, cow_num, cow_abb, cameo.</param>
    public OutsideView(StructuralIndex index, StructuralModel model, string countryCodes, OutsideViewSettings settings)
    {
        _index = index;
        _model = model;
        Settings = settings;
        foreach (var raw in countryCodes.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 2 || !int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var cow)) continue;
            _isoToCow[cells[0]] = cow;
            _cowToIso.TryAdd(cow, cells[0]);
        }
    }

    /// <summary>The date a scenario without one is judged on: the year after the last UN votes the data hold.</summary>
    public DateOnly LatestDate => _index.LatestDate;

    public int? CowOf(string iso) => _isoToCow.TryGetValue(iso, out var c) ? c : null;

    /// <summary>The outlook of every tied state (relevant or not), in COW code order; empty when the target is not a state.</summary>
    public IReadOnlyList<StateOutlook> Judge(string targetIso, IEnumerable<string> otherSideIso, DateOnly date)
    {
        if (CowOf(targetIso) is not { } target) return [];
        var attackers = otherSideIso.Select(CowOf).OfType<int>().Distinct().ToArray();
        var parties = new List<int>(attackers) { target };
        var result = new List<StateOutlook>();
        foreach (var state in _index.Tied(parties, date))
        {
            if (!_cowToIso.TryGetValue(state, out var iso)) continue; // no longer a state the lexicon knows (the USSR's code is Russia's)
            result.Add(Outlook(state, iso, target, attackers, date));
        }
        return result;
    }

    /// <summary>The outlook of one state (tied or not).</summary>
    public StateOutlook? JudgeOne(string iso, string targetIso, IEnumerable<string> otherSideIso, DateOnly date) =>
        CowOf(iso) is { } state && CowOf(targetIso) is { } target
            ? Outlook(state, iso, target, otherSideIso.Select(CowOf).OfType<int>().Distinct().ToArray(), date)
            : null;

    private StateOutlook Outlook(int state, string iso, int target, int[] attackers, DateOnly date)
    {
        var x = StructuralFeatures.Compute(_index, state, target, attackers, date);
        var p = _model.Predict(x);
        var contributions = new List<(string, double)>();
        for (var j = 0; j < x.Length; j++)
            if (x[j] != 0 && Math.Abs(_model.Coefficients[j] * x[j]) >= 0.05)
                contributions.Add((Describe(j, x[j]), _model.Coefficients[j] * x[j]));
        contributions.Sort((a, b) => Math.Abs(b.Item2).CompareTo(Math.Abs(a.Item2)));
        var outlook = new StateOutlook(iso, state, _index.NameOf(state), p, _model.Eta(x), contributions, false);
        // Close to the target (a great power, a neighbour, a state bound to defend it): always relevant. A multilateral
        // non-aggression or consultation pact binds dozens of states to nothing: like a tie only to the attackers
        // (their bloc, their arms customers): relevant only if history gives it a real chance of helping.
        var pact = _index.Pact(state, target, date);
        var close = _index.IsMajorPower(state, date) || _index.Contiguity(state, target, date) is <= 4 || pact.Defence || pact.ConditionalDefence;
        return outlook with { Relevant = close || outlook.AtLeast(1) >= Settings.RelevanceGate };
    }

    private static string Describe(int feature, double value)
    {
        var d = StructuralFeatures.Definitions[feature];
        return d.Key switch
        {
            "capability" or "un_distance_target" or "un_distance_attacker" or "arms_to_target" or "arms_to_attacker" or "arms_from_attacker"
                => $"{d.Reads} ({value.ToString("F2", CultureInfo.InvariantCulture)})",
            _ => d.Reads,
        };
    }
}
