using System.Globalization;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>Reads a gold row's details cell: <c>from=2025-01; clauses=+joint_exercises -mutual_defence</c>.</summary>
internal static class GoldDetailsParser
{
    /// <summary>Returns the details, or an error message naming what is wrong.</summary>
    public static GoldDetails Parse(string cell, out string? error)
    {
        error = null;
        var details = GoldDetails.None;
        foreach (var part in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) { error = $"detail '{part}' is not key=value"; return details; }
            var key = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            switch (key)
            {
                case "from" when PartialDate.TryParse(value, out var from):
                    details = details with { From = from };
                    break;
                case "until" when PartialDate.TryParse(value, out var until):
                    details = details with { Until = until };
                    break;
                case "quantity" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var quantity):
                    details = details with { Quantity = quantity };
                    break;
                case "condition" when value.Length > 0:
                    details = details with { ConditionActor = new ActorId(value) };
                    break;
                case "clauses":
                    var clauses = ParseClauses(value, out error);
                    if (error is not null) return details;
                    details = details with { Clauses = clauses };
                    break;
                default:
                    error = $"detail '{part}' has an unknown key or a bad value (from, until: YYYY[-MM[-DD]]; quantity: number; condition: actor id; clauses: +name -name)";
                    return details;
            }
        }
        return details;
    }

    private static List<Clause> ParseClauses(string value, out string? error)
    {
        error = null;
        var clauses = new List<Clause>();
        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var present = token[0] == '+';
            if ((token[0] != '+' && token[0] != '-') || !TryParseClause(token[1..], out var kind))
            {
                error = $"clause '{token}' should be +name or -name with a name among {string.Join(", ", Enum.GetValues<ClauseKind>().Select(Snake))}";
                return clauses;
            }
            clauses.Add(new Clause(kind, present));
        }
        return clauses;
    }

    private static bool TryParseClause(string text, out ClauseKind kind)
    {
        foreach (var candidate in Enum.GetValues<ClauseKind>())
        {
            if (string.Equals(Snake(candidate), text, StringComparison.OrdinalIgnoreCase)) { kind = candidate; return true; }
        }
        kind = default;
        return false;
    }

    /// <summary>MutualDefence → mutual_defence.</summary>
    public static string Snake(ClauseKind kind)
    {
        var name = kind.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
