using System.Globalization;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Store.Import.Codes;
using Casus.Store.Import.Csv;

namespace Casus.Store.Import.Atop;

/// <summary>
/// Reads ATOP files (v5.1 and v4.01 share the layout). The member-level file (<c>atop5_1m.csv</c>)
/// is the precise one: each member's own obligations, conditions and entry/exit dates. The
/// alliance-level and phase-level files (<c>atop5_1a.csv</c>, <c>atop5_1aph.csv</c>) list members in
/// <c>mem1…memN</c> and code obligations for the alliance as a whole, so every member gets them with
/// the alliance's dates. Rows of one alliance are contiguous in every release, so one alliance is
/// held in memory at a time.
/// </summary>
public sealed class AtopReader : IAllianceSource
{
    private const string Url = "http://www.atopdata.org/";
    private readonly DelimitedReader _reader;
    private readonly ActorCodeMap _codes;
    private readonly string _source;
    private readonly CsvHeader _header;
    private readonly bool _memberLevel;
    private readonly int[] _memberSlots;

    public AtopReader(DelimitedReader reader, ActorCodeMap codes, string sourceName)
    {
        _reader = reader;
        _codes = codes;
        _source = sourceName;
        if (!reader.Read()) throw new InputException($"{sourceName}: empty file");
        _header = new CsvHeader(reader);
        if (_header.Has("atopally")) throw new InputException($"{sourceName}: an ATOP state-year summary, not alliances; import the member-level file (atop5_1m.csv)");
        _header.Require("atopid", sourceName);
        _memberLevel = _header.Has("member");
        _memberSlots = Enumerable.Range(1, 200).Select(i => _header.Find($"mem{i}")).TakeWhile(i => i is not null).Select(i => i!.Value).ToArray();
        if (!_memberLevel && _memberSlots.Length == 0) throw new InputException($"{sourceName}: no 'member' or 'mem1' column; not an ATOP alliance file");
    }

    public long RowsRead { get; private set; }

    public long Position => _reader.Position;

    public ImportTally Tally { get; } = new();

    public IEnumerable<AllianceRecord> Read()
    {
        string? currentId = null;
        string version = "";
        var members = new List<AllianceMember>();
        var notes = new List<string>();
        var open = false;
        while (_reader.Read())
        {
            RowsRead++;
            var id = Text("atopid");
            if (id.Length == 0) { Tally.Skip("row without atopid"); continue; }
            if (_memberLevel && open && id != currentId)
            {
                yield return MemberLevelAlliance(version, currentId!, notes, members);
                members = []; notes = []; open = false;
            }
            currentId = id;
            version = Text("version") is { Length: > 0 } v ? v : "5.1";
            var clauses = Clauses();
            if (notes.Count == 0 && Threat() is { } threat) notes.Add(threat);
            if (_memberLevel)
            {
                var entry = Fields.Date(Int("yrent"), Int("moent"), Int("dayent"));
                var exit = Fields.Date(Int("yrexit"), Int("moexit"), Int("dayexit"));
                members.Add(new AllianceMember(Actor(Int("member")), Code(Int("member")), Int("phase") ?? 0, entry, exit, clauses));
                open = true;
                continue;
            }
            // Alliance- or phase-level row: one row is a whole alliance (phase).
            var from = Fields.Date(Int("begyr"), Int("begmo"), Int("begday"));
            var until = Fields.Date(Int("endyr"), Int("endmo"), Int("endday"));
            var phase = Int("phase") ?? 0;
            var rowMembers = _memberSlots.Select(slot => Fields.Int(_reader[slot])).Where(c => c is > 0)
                .Select(c => new AllianceMember(Actor(c), Code(c), phase, from, until, clauses)).ToList();
            var rowId = Text("atopidphase") is { Length: > 0 } ph ? ph : id;
            yield return Alliance(version, rowId, from, until, notes, rowMembers);
            notes = [];
        }
        if (_memberLevel && open) yield return MemberLevelAlliance(version, currentId!, notes, members);
    }

    /// <summary>The alliance runs from its first member's entry to its last member's exit (open if any member never left).</summary>
    private static AllianceRecord MemberLevelAlliance(string version, string id, List<string> notes, List<AllianceMember> members)
    {
        var begin = members.Where(m => m.Entry is not null).Select(m => m.Entry).Min();
        var end = members.Any(m => m.Exit is null) ? null : members.Max(m => m.Exit);
        return Alliance(version, id, begin, end, notes, members);
    }

    private static AllianceRecord Alliance(string version, string id, DateOnly? begin, DateOnly? end, List<string> notes, List<AllianceMember> members) =>
        new($"ATOP {version}", $"atop:{version}", id, begin, end, notes, members, Url);

    private List<Clause> Clauses()
    {
        var clauses = new List<Clause>(5);
        foreach (var obligation in AtopConditions.All)
        {
            var present = Fields.Flag(Field(obligation.Flag));
            string? condition = null;
            if (present)
            {
                var words = obligation.Conditions.Where(c => Fields.Flag(Field(c.Column))).Select(c => c.Words).ToList();
                if (words.Count == 0 && obligation.AnyCondition.Length > 0 && Fields.Flag(Field(obligation.AnyCondition)))
                    words.Add("conditional (circumstances coded in ATOP)");
                if (words.Count > 0) condition = string.Join("; ", words);
            }
            clauses.Add(new Clause(obligation.Kind, present, condition));
        }
        return clauses;
    }

    private string? Threat()
    {
        var kind = AtopConditions.SpecificThreat(Int("specthrt"));
        if (kind is null) return null;
        var states = new[] { Int("statthr1"), Int("statthr2") }.Where(c => c is > 0).Select(c => $"{Actor(c)} ({Code(c)})").ToList();
        return states.Count > 0 ? $"The agreement names a specific threat: {kind}: {string.Join(", ", states)}." : $"The agreement names a specific threat: {kind}.";
    }

    private ActorId Actor(int? cow)
    {
        if (cow is not { } code) return ActorCodeMap.CowFallback(0);
        if (_codes.FromCowNumber(code) is { } id) return id;
        Tally.Unknown($"COW {code}");
        var fallback = ActorCodeMap.CowFallback(code);
        Tally.FallbackActors.TryAdd(fallback.Value, _codes.CowName(code) ?? $"state {code} (ATOP code, not in the COW list)");
        return fallback;
    }

    private static string Code(int? cow) => string.Create(CultureInfo.InvariantCulture, $"COW {cow}");

    private ReadOnlySpan<char> Field(string column) => _header.Find(column) is { } i ? _reader[i] : [];

    private string Text(string column) => Field(column).Trim().ToString();

    private int? Int(string column) => Fields.Int(Field(column));
}
