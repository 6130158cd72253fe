using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>
/// Parses a gold TSV file (docs/evaluation.md): one expected claim per row,
/// <c>document source target kind sign modality details note</c>; <c>#</c> lines are comments.
/// Any malformed row is an <see cref="InputException"/> naming the file and line.
/// </summary>
public static class GoldFileParser
{
    private const int MinColumns = 6;

    public static IReadOnlyList<GoldClaim> Parse(string fileName, string text)
    {
        var claims = new List<GoldClaim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var origin = $"{fileName}:{i + 1}";
            var claim = ParseRow(line.Split('\t'), origin);
            var identity = claim with { Details = GoldDetails.None, Note = null, Origin = "" };
            if (!seen.Add(identity.ToString() + "|" + claim.Document))
                throw Bad(origin, "repeats an earlier row's document, labels and modality; merge them (one row per distinct claim)");
            claims.Add(claim);
        }
        return claims;
    }

    private static GoldClaim ParseRow(string[] cells, string origin)
    {
        if (cells.Length < MinColumns)
            throw Bad(origin, $"has {cells.Length} tab-separated columns, expected at least {MinColumns} (document, source, target, kind, sign, modality)");
        string Cell(int index) => index < cells.Length ? cells[index].Trim() : "";

        var document = Cell(0);
        if (document.Length == 0) throw Bad(origin, "has no document name");
        var sources = Ids(Cell(1), origin, "source");
        if (sources.Count == 0) throw Bad(origin, "has no source actor");
        var targets = Ids(Cell(2), origin, "target");
        var kinds = Alternatives(Cell(3)).Select(k => ClaimKind.TryParse(k, out var kind) ? kind : throw Bad(origin, $"kind '{k}' is neither a tie type nor an actor-state kind")).ToList();
        if (kinds.Count == 0) throw Bad(origin, "has no kind");
        var isState = kinds.All(k => k.IsState);
        if (kinds.Any(k => k.IsState) != isState) throw Bad(origin, "mixes tie types and state kinds");
        if (isState != (targets.Count == 0))
            throw Bad(origin, isState ? "is a state claim but names a target" : "is a tie claim but has no target");

        var sign = Cell(4) switch
        {
            "+" => +1,
            "-" => -1,
            "" when isState => 0,
            var s => throw Bad(origin, $"sign '{s}' should be + or - for a tie, empty for a state"),
        };
        var modalities = Alternatives(Cell(5)).Select(m => ModalityExtensions.TryParseSnake(m, out var modality) && !int.TryParse(m, out _)
            ? modality : throw Bad(origin, $"modality '{m}' is not one of {string.Join(", ", Enum.GetValues<Modality>().Select(x => x.ToSnake()))}")).ToList();
        if (modalities.Count == 0) throw Bad(origin, "has no modality");

        var details = GoldDetailsParser.Parse(Cell(6), out var error);
        if (error is not null) throw Bad(origin, error);
        var note = Cell(7);
        return new GoldClaim(document, sources, targets, kinds, sign, modalities, details, note.Length == 0 ? null : note, origin);
    }

    private static List<ActorId> Ids(string cell, string origin, string what) =>
        Alternatives(cell).Select(id => id.Any(char.IsWhiteSpace) ? throw Bad(origin, $"{what} '{id}' is not an actor id") : new ActorId(id)).ToList();

    private static List<string> Alternatives(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static InputException Bad(string origin, string reason) => new($"gold {origin}: row {reason}");
}
