using System.Globalization;
using Casus.Core;

namespace Casus.History;

/// <summary>What a state owes another under the pacts in force between them on a date (the state's own obligations, ATOP).</summary>
public readonly record struct PactTie(bool Defence, bool ConditionalDefence, bool Other, int AllianceId)
{
    public bool Any => Defence || ConditionalDefence || Other;
}

/// <summary>
/// The dated structural knowledge of every state, parsed from <c>data/history/*.tsv</c> (made by
/// scripts/derive-history.py): system membership and names (COW), major-power spells, ATOP member spells with
/// their obligations, conditions and end dates, contiguity, capabilities (CINC), UN ideal points and SIPRI arms
/// orders. Every query takes a date: a pact that ended in 1945 does not count in 2025.
/// </summary>
public sealed class StructuralIndex
{
    private readonly Dictionary<int, List<(DateOnly Start, DateOnly? End)>> _spells = [];
    private readonly Dictionary<int, string> _names = [];
    private readonly Dictionary<int, string> _abbreviations = [];
    private readonly Dictionary<int, List<(DateOnly Start, DateOnly? End)>> _majors = [];
    private readonly Dictionary<int, List<PactSpell>> _pactsByMember = [];
    private readonly Dictionary<int, List<(int Member, PactSpell Spell)>> _membersByAlliance = [];
    private readonly Dictionary<(int, int), List<(int Type, DateOnly Start, DateOnly? End)>> _contiguity = [];
    private readonly Dictionary<int, SortedList<int, double>> _cinc = [];
    private readonly Dictionary<int, SortedList<int, double>> _ideal = [];
    private readonly Dictionary<(int, int), SortedList<int, double>> _arms = [];
    private readonly Dictionary<int, List<int>> _armsPartners = [];
    private readonly Dictionary<int, List<int>> _neighbours = [];

    private sealed record PactSpell(int AllianceId, DateOnly Start, DateOnly? End, bool Defence, bool Offence, bool Neutral,
        bool NonAggression, bool Consult, bool Conditional);

    /// <summary>Every state code that was ever a member of the system, ascending.</summary>
    public IReadOnlyList<int> States { get; }

    /// <param name="read">The text of a file by its name under data/history ("pacts.tsv").</param>
    public static StructuralIndex Parse(Func<string, string> read) => new(read);

    private StructuralIndex(Func<string, string> read)
    {
        foreach (var r in Rows(read, "states.tsv", 5))
        {
            var c = Int(r, 0);
            _names[c] = r[2];
            _abbreviations[c] = r[1];
            Spell(_spells, c, Date(r[3]), OptionalDate(r[4]));
        }
        States = _spells.Keys.Order().ToArray();
        foreach (var r in Rows(read, "majors.tsv", 3)) Spell(_majors, Int(r, 0), Date(r[1]), OptionalDate(r[2]));
        foreach (var r in Rows(read, "pacts.tsv", 11))
        {
            var spell = new PactSpell(Int(r, 0), Date(r[2]), OptionalDate(r[3]), r[4] == "1", r[5] == "1", r[6] == "1", r[7] == "1", r[8] == "1", r[9] == "1");
            List(_pactsByMember, Int(r, 1)).Add(spell);
            List(_membersByAlliance, spell.AllianceId).Add((Int(r, 1), spell));
        }
        foreach (var r in Rows(read, "contiguity.tsv", 5))
        {
            var (a, b) = (Int(r, 0), Int(r, 1));
            List(_contiguity, (a, b)).Add((Int(r, 2), Date(r[3]), OptionalDate(r[4])));
            List(_neighbours, a).Add(b);
            List(_neighbours, b).Add(a);
        }
        foreach (var r in Rows(read, "cinc.tsv", 3)) Series(_cinc, Int(r, 0))[Int(r, 1)] = Number(r[2]);
        foreach (var r in Rows(read, "idealpoints.tsv", 3)) Series(_ideal, Int(r, 0))[Int(r, 1)] = Number(r[2]);
        foreach (var r in Rows(read, "arms.tsv", 4))
        {
            var (s, t) = (Int(r, 0), Int(r, 1));
            if (!_arms.TryGetValue((s, t), out var series))
            {
                _arms[(s, t)] = series = new SortedList<int, double>();
                List(_armsPartners, s).Add(t);
                List(_armsPartners, t).Add(s);
            }
            series[Int(r, 2)] = Number(r[3]);
        }
        foreach (var list in _neighbours.Values) Dedupe(list);
        foreach (var list in _armsPartners.Values) Dedupe(list);
    }

    /// <summary>1 January of the year after the last UN ideal points: "now" for the structural data.</summary>
    public DateOnly LatestDate => new(_ideal.Values.Max(s => s.Keys[^1]) + 1, 1, 1);

    public string NameOf(int state) => _names.TryGetValue(state, out var n) ? n : state.ToString(CultureInfo.InvariantCulture);

    public string AbbreviationOf(int state) => _abbreviations.GetValueOrDefault(state, "");

    public bool IsState(int state, DateOnly date) => In(_spells, state, date);

    public bool IsMajorPower(int state, DateOnly date) => In(_majors, state, date);

    /// <summary>The obligations <paramref name="state"/> has toward <paramref name="other"/> under pacts both are members of on the date.</summary>
    public PactTie Pact(int state, int other, DateOnly date)
    {
        if (!_pactsByMember.TryGetValue(state, out var mine) || !_pactsByMember.TryGetValue(other, out var theirs)) return default;
        bool defence = false, conditional = false, otherKind = false;
        var id = 0;
        foreach (var s in mine)
        {
            if (!Holds(s.Start, s.End, date)) continue;
            var shared = false;
            foreach (var t in theirs)
                if (t.AllianceId == s.AllianceId && Holds(t.Start, t.End, date)) { shared = true; break; }
            if (!shared) continue;
            if (s.Defence && !s.Conditional) { defence = true; id = s.AllianceId; }
            else if (s.Defence) { conditional = true; if (!defence) id = s.AllianceId; }
            else if (s.Offence || s.Neutral || s.NonAggression || s.Consult) { otherKind = true; if (id == 0) id = s.AllianceId; }
        }
        return new PactTie(defence, conditional && !defence, otherKind, id);
    }

    /// <summary>The closest contiguity type on the date (1 land … 5 within 400 miles of water), or null.</summary>
    public int? Contiguity(int a, int b, DateOnly date)
    {
        if (!_contiguity.TryGetValue(a < b ? (a, b) : (b, a), out var spells)) return null;
        int? best = null;
        foreach (var (type, start, end) in spells)
            if (type > 0 && Holds(start, end, date) && (best is null || type < best)) best = type;
        return best;
    }

    /// <summary>The latest CINC known before the date's year (carried forward past the end of NMC).</summary>
    public double? Cinc(int state, int year) => Latest(_cinc, state, year - 1, int.MaxValue);

    /// <summary>The UN ideal point of the year before (up to three years back), or null (before 1946, or no votes).</summary>
    public double? IdealPoint(int state, int year) => Latest(_ideal, state, year - 1, 3);

    /// <summary>SIPRI TIV ordered from supplier to recipient in the <paramref name="years"/> years before the date's year.</summary>
    public double Arms(int supplier, int recipient, int year, int years = 5)
    {
        if (!_arms.TryGetValue((supplier, recipient), out var series)) return 0;
        var sum = 0.0;
        foreach (var (y, tiv) in series)
            if (y >= year - years && y < year) sum += tiv;
        return sum;
    }

    /// <summary>
    /// Every state with a structural tie to any of the parties on the date: a pact in force with one, a border or a
    /// short stretch of water (≤ 150 miles), arms ordered from or by one in the five years before, or major-power status.
    /// Ascending code order; the parties themselves are left out.
    /// </summary>
    public IReadOnlyList<int> Tied(IReadOnlyCollection<int> parties, DateOnly date)
    {
        var found = new SortedSet<int>();
        foreach (var party in parties)
        {
            if (_pactsByMember.TryGetValue(party, out var spells))
                foreach (var s in spells)
                {
                    if (!Holds(s.Start, s.End, date)) continue;
                    foreach (var (member, o) in _membersByAlliance[s.AllianceId])
                        if (member != party && Holds(o.Start, o.End, date)) found.Add(member);
                }
            if (_neighbours.TryGetValue(party, out var near))
                foreach (var n in near)
                    if (Contiguity(party, n, date) is { } type && type <= 4) found.Add(n);
            if (_armsPartners.TryGetValue(party, out var partners))
                foreach (var n in partners)
                    if (Arms(party, n, date.Year) > 0 || Arms(n, party, date.Year) > 0) found.Add(n);
        }
        foreach (var (state, _) in _majors)
            if (IsMajorPower(state, date)) found.Add(state);
        found.RemoveWhere(s => parties.Contains(s) || !IsState(s, date));
        return found.ToArray();
    }

    private static bool Holds(DateOnly start, DateOnly? end, DateOnly date) => start <= date && (end is null || date <= end);

    private static bool In(Dictionary<int, List<(DateOnly Start, DateOnly? End)>> spells, int state, DateOnly date)
    {
        if (!spells.TryGetValue(state, out var list)) return false;
        foreach (var (start, end) in list)
            if (Holds(start, end, date)) return true;
        return false;
    }

    private static double? Latest(Dictionary<int, SortedList<int, double>> series, int state, int year, int reach)
    {
        if (!series.TryGetValue(state, out var s)) return null;
        for (var i = s.Count - 1; i >= 0; i--)
        {
            var y = s.Keys[i];
            if (y > year) continue;
            return year - y < reach ? s.Values[i] : null;
        }
        return null;
    }

    private static void Dedupe(List<int> list)
    {
        var distinct = list.Distinct().Order().ToList();
        list.Clear();
        list.AddRange(distinct);
    }

    private static void Spell(Dictionary<int, List<(DateOnly, DateOnly?)>> map, int key, DateOnly start, DateOnly? end) =>
        List(map, key).Add((start, end));

    private static List<T> List<TKey, T>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    private static SortedList<int, double> Series(Dictionary<int, SortedList<int, double>> map, int key)
    {
        if (!map.TryGetValue(key, out var s)) map[key] = s = new SortedList<int, double>();
        return s;
    }

    /// <summary>Data rows of a generated table: comment lines and the header skipped, each row checked for its width.</summary>
    internal static IEnumerable<string[]> Rows(Func<string, string> read, string file, int columns)
    {
        var header = true;
        var lineNumber = 0;
        foreach (var line in read(file).Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length != columns)
                throw new InputException($"data/history/{file}:{lineNumber}: expected {columns} columns, found {cells.Length}");
            yield return cells;
        }
    }

    internal static int Int(string[] row, int i) => int.Parse(row[i], NumberStyles.Integer, CultureInfo.InvariantCulture);

    internal static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    internal static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string s) => s.Length == 0 ? null : Date(s);
}
