using System.Globalization;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Store.Import.Codes;
using Casus.Store.Import.Csv;

namespace Casus.Store.Import.Cow;

/// <summary>
/// Reads COW Formal Alliances v4.1 member-level rows (<c>alliance_v4.1_by_member.csv</c>): one row per
/// state per alliance, rows of one alliance contiguous. COW codes defence, neutrality, non-aggression
/// and entente (mapped to consultation, the closest ATOP obligation); it does not code offence, so no
/// offence clause is claimed either way.
/// </summary>
public sealed class CowAllianceReader : IAllianceSource
{
    private const string Url = "https://correlatesofwar.org/data-sets/formal-alliances/";
    private static readonly (string Column, ClauseKind Kind)[] Obligations =
    [
        ("defense", ClauseKind.MutualDefence),
        ("neutrality", ClauseKind.Neutrality),
        ("nonaggression", ClauseKind.NonAggression),
        ("entente", ClauseKind.Consultation),
    ];

    private readonly DelimitedReader _reader;
    private readonly ActorCodeMap _codes;
    private readonly CsvHeader _header;

    public CowAllianceReader(DelimitedReader reader, ActorCodeMap codes, string sourceName)
    {
        _reader = reader;
        _codes = codes;
        if (!reader.Read()) throw new InputException($"{sourceName}: empty file");
        _header = new CsvHeader(reader);
        foreach (var column in new[] { "version4id", "ccode", "mem_st_year", "defense" }) _header.Require(column, sourceName);
    }

    public long RowsRead { get; private set; }

    public long Position => _reader.Position;

    public ImportTally Tally { get; } = new();

    public IEnumerable<AllianceRecord> Read()
    {
        string? currentId = null;
        var version = "4.1";
        var members = new List<AllianceMember>();
        var notes = new List<string>();
        DateOnly? begin = null, end = null;
        while (_reader.Read())
        {
            RowsRead++;
            var id = Text("version4id");
            var ccode = Fields.Int(Field("ccode"));
            if (id.Length == 0 || ccode is null) { Tally.Skip("row without alliance id or ccode"); continue; }
            if (currentId is not null && id != currentId)
            {
                yield return Alliance(version, currentId, begin, end, notes, members);
                members = []; notes = [];
            }
            currentId = id;
            version = Text("version") is { Length: > 0 } v ? v : version;
            begin = Fields.Date(Int("all_st_year"), Int("all_st_month"), Int("all_st_day"));
            end = Fields.Date(Int("all_end_year"), Int("all_end_month"), Int("all_end_day"));
            if (notes.Count == 0 && Text("ss_type") is { Length: > 0 } type) notes.Add($"COW type: {type}.");
            var clauses = Obligations.Select(o => new Clause(o.Kind, Fields.Flag(Field(o.Column)))).ToList();
            members.Add(new AllianceMember(Actor(ccode.Value), Code(ccode.Value), 0,
                Fields.Date(Int("mem_st_year"), Int("mem_st_month"), Int("mem_st_day")),
                Fields.Date(Int("mem_end_year"), Int("mem_end_month"), Int("mem_end_day")), clauses));
        }
        if (currentId is not null) yield return Alliance(version, currentId, begin, end, notes, members);
    }

    private static AllianceRecord Alliance(string version, string id, DateOnly? begin, DateOnly? end, List<string> notes, List<AllianceMember> members) =>
        new($"COW Formal Alliances {version}", $"cow-alliance:{version}", id, begin, end, notes, members, Url);

    private ActorId Actor(int code)
    {
        if (_codes.FromCowNumber(code) is { } id) return id;
        Tally.Unknown($"COW {code}");
        var fallback = ActorCodeMap.CowFallback(code);
        Tally.FallbackActors.TryAdd(fallback.Value, Text("state_name") is { Length: > 0 } name ? name : _codes.CowName(code) ?? $"COW state {code}");
        return fallback;
    }

    private static string Code(int cow) => string.Create(CultureInfo.InvariantCulture, $"COW {cow}");

    private ReadOnlySpan<char> Field(string column) => _header.Find(column) is { } i ? _reader[i] : [];

    private string Text(string column) => Field(column).Trim().ToString();

    private int? Int(string column) => Fields.Int(Field(column));
}
