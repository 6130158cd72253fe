using System.Globalization;
using Casus.Core;
using Casus.Fit;

namespace Casus.History;

/// <summary>One third party's observed response in one historical case, with its structural features.</summary>
public sealed record HistoricalOutcome(string Case, string Source, string Crisis, DateOnly Date, int Target,
    IReadOnlyList<int> Attackers, int Third, int Lo, int Hi, string Code, double[] Features, bool Pooled)
{
    public Observation Observation => new(Features, Lo, Hi);
}

/// <summary>
/// The historical case base of <c>data/history/cases.tsv</c>: each crisis as a scenario as of its trigger date,
/// every third party the dataset codes with the level it reached, and the states with a structural tie that the
/// dataset did not list (the pool row, <c>third = *</c>) with the interval the dataset can rule out for them
/// (a MID non-participant used no force: level ≤ 3).
/// </summary>
public static class CaseBase
{
    public const int Levels = 6;

    public static IReadOnlyList<HistoricalOutcome> Load(string casesText, StructuralIndex index)
    {
        var outcomes = new List<HistoricalOutcome>();
        var listed = new HashSet<int>();
        string? current = null;
        var pending = new List<string[]>();
        foreach (var row in StructuralIndex.Rows(_ => casesText, "cases.tsv", 10))
        {
            if (row[0] != current) { Flush(); current = row[0]; }
            pending.Add(row);
        }
        Flush();
        return outcomes;

        void Flush()
        {
            if (pending.Count == 0) return;
            listed.Clear();
            foreach (var r in pending)
                if (r[6] != "*") listed.Add(StructuralIndex.Int(r, 6));
            foreach (var r in pending)
            {
                var date = StructuralIndex.Date(r[3]);
                var target = StructuralIndex.Int(r, 4);
                var attackers = r[5].Length == 0 ? [] : r[5].Split(' ').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
                var (lo, hi) = (StructuralIndex.Int(r, 7), StructuralIndex.Int(r, 8));
                if (lo < 0) continue; // a co-target: a party, kept only to stay out of the pool
                if (lo > hi || hi >= Levels) throw new InputException($"data/history/cases.tsv: case {r[0]}: interval [{lo}, {hi}] is not on the ladder");
                if (r[6] != "*")
                {
                    var third = StructuralIndex.Int(r, 6);
                    outcomes.Add(new(r[0], r[1], r[2], date, target, attackers, third, lo, hi, r[9],
                        StructuralFeatures.Compute(index, third, target, attackers, date), Pooled: false));
                    continue;
                }
                var parties = new List<int>(attackers) { target };
                foreach (var third in index.Tied(parties, date))
                    if (!listed.Contains(third))
                        outcomes.Add(new(r[0], r[1], r[2], date, target, attackers, third, lo, hi, r[9],
                            StructuralFeatures.Compute(index, third, target, attackers, date), Pooled: true));
            }
            pending.Clear();
        }
    }
}
