using System.Text;
using Casus.Core.Claims;

namespace Casus.Pipeline.Starter;

/// <summary>
/// Clause cells: <c>mutual_defence- | joint_exercises+</c>. The trailing sign says whether the
/// treaty has the clause, because an absent defence clause is as informative as a present one.
/// </summary>
internal static class ClauseSyntax
{
    public static IReadOnlyList<Clause> Parse(string cell, Func<string, Exception> fail)
    {
        if (cell.Length == 0) return [];
        var clauses = new List<Clause>();
        foreach (var raw in cell.Split('|'))
        {
            var token = raw.Trim();
            if (token.Length < 2 || (token[^1] != '+' && token[^1] != '-'))
                throw fail($"clause '{token}' must end in + (present) or - (absent)");
            var name = token[..^1];
            if (!TryParseKind(name, out var kind))
                throw fail($"unknown clause '{name}' (expected one of {string.Join(", ", Enum.GetValues<ClauseKind>().Select(ToSnake))})");
            clauses.Add(new Clause(kind, token[^1] == '+'));
        }
        return clauses;
    }

    public static string ToSnake(ClauseKind kind)
    {
        var name = kind.ToString();
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }

    private static bool TryParseKind(string text, out ClauseKind kind)
    {
        foreach (var candidate in Enum.GetValues<ClauseKind>())
        {
            if (string.Equals(ToSnake(candidate), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
