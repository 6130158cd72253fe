using Casus.Core.Data;
using Casus.Core.Claims;

namespace Casus.Extract.Lexicons;

/// <summary>
/// <c>cues.tsv</c>: <c>kind  value  pattern  flags  notes</c>. Kinds: <c>tie</c> (value: tie type),
/// <c>state</c> (actor state kind), <c>clause</c> (treaty clause kind), <c>anaphor</c> (it, its,
/// they, their, we, topic), <c>org_head</c> (a word that makes an unknown capitalised name an
/// organisation candidate; value empty).
/// </summary>
public sealed class CueLexicon
{
    public CueLexicon(IReadOnlyList<CueEntry> entries)
    {
        Entries = entries;
        Matcher = new PhraseMatcher(entries.Select(e => e.Pattern).ToList());
        var orgHeads = new HashSet<string>(entries.Where(e => e.Kind == CueKind.OrgHead).Select(e => e.Pattern.Source),
            StringComparer.OrdinalIgnoreCase);
        OrgHeads = orgHeads;
        OrgHeadLookup = orgHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        ClaimPreScan = ClaimCuePreScan.Create(entries);
    }

    /// <summary><see cref="OrgHeads"/> probed with a token's span, without allocating a string.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgHeadLookup { get; }

    /// <summary>Cheap test of whether a sentence may hold a tie, state, clause or org-head cue.</summary>
    internal ClaimCuePreScan ClaimPreScan { get; }

    public IReadOnlyList<CueEntry> Entries { get; }
    public PhraseMatcher Matcher { get; }
    public IReadOnlySet<string> OrgHeads { get; }

    public static CueLexicon Parse(string file, string text) => new(ParseEntries(file, text));

    /// <summary>Several cue files read as one list, in the order given (errors name the file and line).</summary>
    public static List<CueEntry> ParseEntries(IEnumerable<(string File, string Text)> files)
    {
        var entries = new List<CueEntry>();
        foreach (var (file, text) in files) entries.AddRange(ParseEntries(file, text));
        return entries;
    }

    /// <summary>The rows of a cue file, in order. With <paramref name="unknownTieTypes"/>, a tie row of
    /// a type this build does not know is skipped and its type recorded there (generated data may
    /// name types that the code gains later) instead of being an error.</summary>
    public static List<CueEntry> ParseEntries(string file, string text, ISet<string>? unknownTieTypes = null)
    {
        var entries = new List<CueEntry>();
        foreach (var row in TsvRow.Read(file, text, 3, 5))
        {
            var value = row.Cell(1);
            if (unknownTieTypes is not null && row.Cell(0).Equals("tie", StringComparison.OrdinalIgnoreCase)
                && !TieTypeExtensions.TryParseSnake(value, out _))
            {
                unknownTieTypes.Add(value);
                continue;
            }
            var pattern = PhrasePattern.Parse(row.Cell(2), row);
            var (flags, sign) = Flags(row, row.Cell(3));
            var entry = row.Cell(0).ToLowerInvariant() switch
            {
                "tie" => new CueEntry(CueKind.Tie, pattern, flags,
                    Tie: TieTypeExtensions.TryParseSnake(value, out var tie) ? tie : throw row.Error($"unknown tie type '{value}'"), Sign: sign),
                "state" => new CueEntry(CueKind.State, pattern, flags,
                    State: ActorStateKindExtensions.TryParseSnake(value, out var state) ? state : throw row.Error($"unknown state kind '{value}'")),
                "clause" => new CueEntry(CueKind.Clause, pattern, flags,
                    Clause: TryClause(value, out var clause) ? clause : throw row.Error($"unknown clause kind '{value}'")),
                "anaphor" => new CueEntry(CueKind.Anaphor, pattern, flags,
                    Anaphor: Enum.TryParse<AnaphorKind>(value, true, out var anaphor) ? anaphor : throw row.Error($"unknown anaphor kind '{value}'")),
                "org_head" => new CueEntry(CueKind.OrgHead, pattern, flags),
                var other => throw row.Error($"unknown cue kind '{other}' (tie, state, clause, anaphor, org_head)"),
            };
            entries.Add(entry);
        }
        return entries;
    }

    private static (CueFlags, int?) Flags(TsvRow row, string cell)
    {
        var flags = CueFlags.None;
        int? sign = null;
        foreach (var flag in cell.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            flags |= flag.ToLowerInvariant() switch
            {
                "pair" => CueFlags.Pair,
                "rev" => CueFlags.Reverse,
                "o" => CueFlags.Object,
                "s" => CueFlags.None,
                "literal" => CueFlags.Literal,
                "prevqty" => CueFlags.PreviousQuantity,
                "carry" => CueFlags.Carry,
                "bloc" => CueFlags.Bloc,
                "near" => CueFlags.Near,
                "ahead" => CueFlags.Ahead,
                "redo" => CueFlags.Redo,
                "request" => CueFlags.Request,
                "doubt" => CueFlags.Doubt,
                "sign-" => SetSign(-1),
                "sign+" => SetSign(+1),
                _ => throw row.Error($"unknown cue flag '{flag}' (pair, rev, s, o, literal, prevqty, carry, bloc, near, ahead, redo, request, doubt, sign-, sign+)"),
            };
        }
        return (flags, sign);

        CueFlags SetSign(int value) { sign = value; return CueFlags.None; }
    }

    private static bool TryClause(string text, out ClauseKind kind)
    {
        var compact = text.Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse(compact, true, out kind) && Enum.IsDefined(kind);
    }
}
