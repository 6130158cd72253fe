using Casus.Core;
using Casus.Core.Actors;

namespace Casus.Pipeline.Actors;

/// <summary>
/// Finds the actor a user means, first in the shipped lexicon (ids, names, aliases, people),
/// then among actors stored by imports; when nothing matches, says so with the closest names.
/// </summary>
internal static class ActorResolver
{
    public static Actor Resolve(string input, Func<string, Actor?> lexicon, IReadOnlyCollection<Actor> known)
    {
        var name = input.Trim();
        if (name.Length == 0) throw new InputException("actor name is empty");
        if (name.Length > 200) throw new InputException($"unknown actor '{name[..40]}…' (name of {name.Length} characters)");
        var found = lexicon(name) ?? known.FirstOrDefault(a => Matches(a, name));
        if (found is not null) return found;
        var suggestions = Suggest(name, known).ToList();
        var hint = suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?" : "; `casus actors` lists the known ones";
        throw new InputException($"unknown actor '{name}'{hint}");
    }

    private static bool Matches(Actor actor, string name) =>
        string.Equals(actor.Id.Value, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(actor.Name, name, StringComparison.OrdinalIgnoreCase)
        || actor.Aliases.Any(a => string.Equals(a.TrimStart('~'), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Up to three canonical names whose name or alias is closest by edit distance (or shares a prefix).</summary>
    internal static IEnumerable<string> Suggest(string name, IEnumerable<Actor> actors)
    {
        var lower = name.ToLowerInvariant();
        return actors
            .Select(a => (a.Name, Distance: new[] { a.Name, a.Id.Value }.Concat(a.Aliases).Min(s => Score(lower, s.TrimStart('~').ToLowerInvariant()))))
            .Where(x => x.Distance <= Math.Max(2, lower.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .Distinct()
            .Take(3);
    }

    private static int Score(string typed, string candidate) =>
        candidate.StartsWith(typed, StringComparison.Ordinal) && typed.Length >= 3 ? 1 : Levenshtein(typed, candidate);

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 10) return int.MaxValue / 2;
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
