using System.Collections;
using System.Globalization;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Reason;

namespace Casus.History;

/// <summary>
/// The scenario engine with the outside view: the text engine's verdicts (news claims) joined with the fitted
/// structural model of every state tied to either side. A state the news says nothing about but that has a pact,
/// a border, an arms relationship or major-power status gets the structural verdict (if relevant); a state with
/// both gets a linear pool of the two (<see cref="OutsideViewSettings.TextWeight"/> on the text engine; at 1 the
/// text verdict stands and history's view is only shown beside it). Pure and
/// deterministic: no clock (a scenario without a date is judged as of the end of the structural data).
/// </summary>
public sealed class OutsideViewEngine(IScenarioEngine text, OutsideView view, VerdictModel? model = null) : IScenarioEngine
{
    public const string FactorName = "outside_view";

    /// <summary>The fitted verdict model (data/reasoning/verdict.tsv) that joins the two views, or null (then the text
    /// weight of data/reasoning/outside-view.tsv does).</summary>
    public VerdictModel? Model => model;

    /// <summary>What the verdict model reads about each of <paramref name="actors"/> (any actor, listed or not): the
    /// text engine's factor terms and history's linear predictor. For fitting and evaluating the verdict model.</summary>
    public IReadOnlyList<VerdictInputs> Inputs(KnowledgeBase knowledge, Scenario scenario, IReadOnlyList<ActorId> actors)
    {
        var result = text.Evaluate(knowledge, scenario);
        var byId = new Dictionary<ActorId, Verdict>();
        foreach (var v in result.Verdicts) byId.TryAdd(v.Actor, v);
        var date = scenario.AsOf ?? view.LatestDate;
        var others = scenario.OtherSide.Select(a => a.Value).ToArray();
        return actors.Select(a =>
        {
            var v = byId.GetValueOrDefault(a);
            var o = view.JudgeOne(a.Value, scenario.Target.Value, others, date);
            return new VerdictInputs(v is null ? null : ScenarioEngine.TermsOf(v), o?.Eta, v?.Probabilities, o?.Probabilities);
        }).ToArray();
    }

    /// <summary>The verdict for one actor the reader asks about, whether or not any tie lists it: the fitted model on
    /// whatever is known (news terms, history's view, or neither: then the modern base rate with the model's shifts).
    /// Null without a fitted model.</summary>
    public Verdict? JudgeActor(KnowledgeBase knowledge, Scenario scenario, ActorId actor, string name)
    {
        if (model is null || scenario.IsParty(actor)) return null;
        var inputs = Inputs(knowledge, scenario, [actor])[0];
        var p = model.Predict(inputs);
        var date = scenario.AsOf ?? view.LatestDate;
        var outlook = view.JudgeOne(actor.Value, scenario.Target.Value, scenario.OtherSide.Select(a => a.Value), date);
        IReadOnlyList<Factor> factors = outlook is null
            ? [new Factor(FactorName, 0, "no claim in the news and no structural data (not a state): the fitted verdict model's base for such actors", [])]
            : [Factor(outlook, 1)];
        return new Verdict(actor, name, p, MostLikely(p), factors);
    }

    /// <summary>The news-text engine underneath: a verdict's factors and cited sentences are questioned there
    /// (at the shipped text weight of 1 a state the news speaks about keeps that engine's verdict).</summary>
    public IScenarioEngine Text => text;

    public ScenarioResult Evaluate(KnowledgeBase knowledge, Scenario scenario)
    {
        var result = text.Evaluate(knowledge, scenario);
        var date = scenario.AsOf ?? view.LatestDate;
        var outlooks = view.Judge(scenario.Target.Value, scenario.OtherSide.Select(a => a.Value), date);
        var byIso = outlooks.ToDictionary(o => o.Iso, StringComparer.Ordinal);
        var w = view.Settings.TextWeight;
        if (model is not null) return Fitted(result, outlooks, byIso, knowledge, scenario, date);
        var verdicts = new List<Verdict>(result.Verdicts.Count + outlooks.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changed = false;
        foreach (var v in result.Verdicts)
        {
            seen.Add(v.Actor.Value);
            var outlook = byIso.GetValueOrDefault(v.Actor.Value)
                ?? view.JudgeOne(v.Actor.Value, scenario.Target.Value, scenario.OtherSide.Select(a => a.Value), date);
            if (outlook is null) { verdicts.Add(v); continue; }
            changed = true;
            if (w >= 1)
            {
                // The news speaks for this state: its verdict stays the text engine's; history's view is shown beside it.
                verdicts.Add(v with { Factors = new AppendedFactors(v.Factors, Factor(outlook, 0)) });
                continue;
            }
            var p = new double[v.Probabilities.Count];
            for (var k = 0; k < p.Length; k++) p[k] = w * v.Probabilities[k] + (1 - w) * outlook.Probabilities[k];
            verdicts.Add(v with { Probabilities = p, Level = MostLikely(p), Factors = new AppendedFactors(v.Factors, Factor(outlook, 1 - w)) });
        }
        foreach (var o in outlooks)
        {
            if (!o.Relevant || seen.Contains(o.Iso)) continue;
            var id = new ActorId(o.Iso);
            if (scenario.IsParty(id)) continue;
            var name = knowledge.Find(id)?.Name ?? o.Name;
            verdicts.Add(new Verdict(id, name, o.Probabilities, MostLikely(o.Probabilities), [Factor(o, 1)]));
        }
        if (verdicts.Count == result.Verdicts.Count && !changed) return result; // nothing joined: the text engine's order stands
        // The text engine's reading order (Headline.ReadingOrder): joining history must not re-sort by the mean.
        verdicts = verdicts.Order(Headline.ReadingOrder).ToList();
        return new ScenarioResult(scenario, verdicts);
    }

    /// <summary>Every verdict from the fitted model: the text engine's factor terms reweighed, history's linear
    /// predictor as the offset; listed states the news is silent about come from history alone (same model).</summary>
    private ScenarioResult Fitted(ScenarioResult result, IReadOnlyList<StateOutlook> outlooks, Dictionary<string, StateOutlook> byIso,
        KnowledgeBase knowledge, Scenario scenario, DateOnly date)
    {
        var verdicts = new List<Verdict>(result.Verdicts.Count + outlooks.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var others = scenario.OtherSide.Select(a => a.Value).ToArray();
        var ranks = new int[result.Verdicts.Count];
        var ranked = true;
        for (var i = 0; i < ranks.Length; i++)
            if (ScenarioEngine.NameRankOf(result.Verdicts[i]) is { } r) ranks[i] = r; else ranked = false;
        foreach (var v in result.Verdicts)
        {
            seen.Add(v.Actor.Value);
            var terms = ScenarioEngine.TermsOf(v);
            if (terms is null) { verdicts.Add(v); continue; }
            var outlook = byIso.GetValueOrDefault(v.Actor.Value) ?? view.JudgeOne(v.Actor.Value, scenario.Target.Value, others, date);
            var p = model!.Predict(new VerdictInputs(terms, outlook?.Eta));
            var factors = outlook is null ? v.Factors : new AppendedFactors(v.Factors, Factor(outlook, 1, fitted: true));
            verdicts.Add(v with { Probabilities = p, Level = MostLikely(p), Factors = factors });
        }
        foreach (var o in outlooks)
        {
            if (!o.Relevant || seen.Contains(o.Iso)) continue;
            var id = new ActorId(o.Iso);
            if (scenario.IsParty(id)) continue;
            var name = knowledge.Find(id)?.Name ?? o.Name;
            var p = model!.Predict(new VerdictInputs(null, o.Eta));
            verdicts.Add(new Verdict(id, name, p, MostLikely(p), [Factor(o, 1)]));
        }
        return new ScenarioResult(scenario, InReadingOrder(verdicts, ranked ? ranks : []));
    }

    /// <summary><see cref="Headline.ReadingOrder"/>, with each verdict's sort key computed once (a whole network has
    /// 10,000 verdicts: the comparer would recompute both sums on every comparison). The first verdicts are the text
    /// engine's; <paramref name="nameRanks"/> (empty when unknown) are their ranks by name then id, so two of them tie
    /// on an integer instead of two string comparisons (the same order).</summary>
    private static Verdict[] InReadingOrder(List<Verdict> verdicts, int[] nameRanks)
    {
        var keys = new (int Material, int Diplomacy)[verdicts.Count];
        var order = new int[verdicts.Count];
        for (var i = 0; i < keys.Length; i++) { keys[i] = Headline.SortKey(verdicts[i].Probabilities); order[i] = i; }
        Array.Sort(order, (a, b) =>
        {
            if (keys[b].Material.CompareTo(keys[a].Material) is var m && m != 0) return m;
            if (keys[b].Diplomacy.CompareTo(keys[a].Diplomacy) is var d && d != 0) return d;
            if (a < nameRanks.Length && b < nameRanks.Length) return nameRanks[a].CompareTo(nameRanks[b]);
            var (x, y) = (verdicts[a], verdicts[b]);
            return string.CompareOrdinal(x.ActorName, y.ActorName) is var n && n != 0 ? n
                : string.CompareOrdinal(x.Actor.Value, y.Actor.Value) is var c && c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new Verdict[order.Length];
        for (var i = 0; i < order.Length; i++) sorted[i] = verdicts[order[i]];
        return sorted;
    }

    private static LadderLevel MostLikely(IReadOnlyList<double> p)
    {
        var level = 0;
        for (var k = 1; k < p.Count; k++)
            if (p[k] > p[level]) level = k;
        return (LadderLevel)level;
    }

    private static Factor Factor(StateOutlook o, double share, bool fitted = false)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = o.Contributions.Count == 0 ? "no structural tie moves it from the base rate"
            : string.Join("; ", o.Contributions.Select(c => $"{c.Reads} {c.Contribution.ToString("+0.00;-0.00", inv)}"));
        var share_ = fitted ? "; joined with the news-text factors in the fitted verdict model (data/reasoning/verdict.tsv), its propensity as an offset"
            : share == 0 ? "; for reference only: the news-text verdict stands"
            : share < 1 ? string.Create(inv, $"; counts for {share:P0} of the distribution") : "";
        var explanation = string.Create(inv,
            $"history's view (fitted on ICB, MID, COW and UCDP ESD crises; pacts ATOP, borders COW, capabilities NMC, UN votes, arms SIPRI): P(any help) {o.AtLeast(1):P0}, P(material or more) {o.AtLeast(3):P0}; {parts}{share_}");
        // The effect is what the factor moved: history's propensity when it is the verdict or part of it, 0 when only shown.
        return new Factor(FactorName, share == 0 ? 0 : o.Eta, explanation, []);
    }

    /// <summary>A verdict's factors with the outside view appended, without explaining the text factors until read.</summary>
    private sealed class AppendedFactors(IReadOnlyList<Factor> inner, Factor last) : IReadOnlyList<Factor>
    {
        public int Count => inner.Count + 1;

        public Factor this[int index] => index == inner.Count ? last : inner[index];

        public IEnumerator<Factor> GetEnumerator()
        {
            foreach (var f in inner) yield return f;
            yield return last;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
