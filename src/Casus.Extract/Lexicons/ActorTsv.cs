using Casus.Core.Data;
using Casus.Core.Actors;

namespace Casus.Extract.Lexicons;

/// <summary>Reads <c>states.tsv</c>/<c>groups.tsv</c> (<c>id kind name aliases part_of notes</c>) and
/// <c>people.tsv</c> (<c>name aliases actor role from until</c>).</summary>
internal static class ActorTsv
{
    public sealed record ActorRow(Actor Actor, IReadOnlyList<string> AmbiguousAliases, TsvRow Row);

    public static IEnumerable<ActorRow> ReadActors(string file, string text)
    {
        foreach (var row in TsvRow.Read(file, text, 3, 6))
        {
            var id = row.Cell(0);
            if (id.Length == 0) throw row.Error("empty actor id");
            if (!TryKind(row.Cell(1), out var kind))
                throw row.Error($"unknown actor kind '{row.Cell(1)}' (state, armed_group, movement, bloc, organisation)");
            var name = row.Cell(2);
            if (name.Length == 0) throw row.Error($"actor '{id}' has no name");
            var aliases = new List<string>();
            var ambiguous = new List<string>();
            foreach (var alias in TsvRow.List(row.Cell(3)))
            {
                if (alias.StartsWith('~'))
                {
                    var bare = alias[1..].Trim();
                    if (bare.Length == 0) throw row.Error("alias '~' names nothing");
                    aliases.Add(bare);
                    ambiguous.Add(bare);
                }
                else aliases.Add(alias);
            }
            var partOf = TsvRow.List(row.Cell(4)).Select(p => new ActorId(p)).ToList();
            yield return new ActorRow(new Actor(new ActorId(id), name, kind, aliases, partOf), ambiguous, row);
        }
    }

    public static IEnumerable<(Spokesperson Person, TsvRow Row)> ReadPeople(string file, string text)
    {
        foreach (var row in TsvRow.Read(file, text, 3, 6))
        {
            var name = row.Cell(0);
            if (name.Length == 0) throw row.Error("empty person name");
            var actor = row.Cell(2);
            if (actor.Length == 0) throw row.Error($"person '{name}' speaks for no actor");
            var from = Date(row, row.Cell(4));
            var until = Date(row, row.Cell(5));
            if (from is not null && until is not null && until < from)
                throw row.Error($"person '{name}' has until {until:yyyy-MM-dd} before from {from:yyyy-MM-dd}");
            yield return (new Spokesperson(name, TsvRow.List(row.Cell(1)), new ActorId(actor), row.Cell(3), from, until), row);
        }
    }

    private static DateOnly? Date(TsvRow row, string cell)
    {
        if (cell.Length == 0) return null;
        if (DateOnly.TryParseExact(cell, "yyyy-MM-dd", out var date)) return date;
        throw row.Error($"bad date '{cell}' (expected YYYY-MM-DD)");
    }

    private static bool TryKind(string text, out ActorKind kind)
    {
        kind = text.Trim().ToLowerInvariant() switch
        {
            "state" => ActorKind.State,
            "armed_group" => ActorKind.ArmedGroup,
            "movement" => ActorKind.Movement,
            "bloc" => ActorKind.Bloc,
            "organisation" or "organization" => ActorKind.Organisation,
            _ => (ActorKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
