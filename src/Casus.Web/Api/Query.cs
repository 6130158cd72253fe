using System.Globalization;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Scenarios;
using Casus.Web.Hosting;

namespace Casus.Web.Api;

/// <summary>Turns query strings and bodies into domain values, or an <see cref="InputException"/> naming the parameter.</summary>
internal static class Query
{
    public static DateOnly? Date(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new InputException($"{parameter}: '{Clip(text)}' is not a date (expected YYYY-MM-DD)");
    }

    public static string Required(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? throw new InputException($"{parameter}: missing (required)") : text.Trim();

    /// <summary>Actor names from repeated parameters and/or comma-separated lists ("Israel,United States").</summary>
    public static IReadOnlyList<ActorId> Actors(ICasusBackend backend, IEnumerable<string?> values) =>
        values.Where(v => v is not null)
              .SelectMany(v => v!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
              .Select(name => backend.ResolveActor(name).Id)
              .Distinct()
              .ToList();

    /// <param name="knownBy">The parsed <c>known_by</c>: the as-of date too when <paramref name="asOf"/> is absent.</param>
    public static Scenario Scenario(ICasusBackend backend, string? target, IEnumerable<string?> attackers, IEnumerable<string?> joiners, string? asOf, DateOnly? knownBy = null)
    {
        var targetId = backend.ResolveActor(Required(target, "target")).Id;
        var attackerIds = Actors(backend, attackers);
        if (attackerIds.Count == 0) throw new InputException("attackers: missing (name at least one actor attacking the target)");
        var joinerIds = Actors(backend, joiners);
        if (attackerIds.Concat(joinerIds).Contains(targetId))
            throw new InputException($"target: '{target}' cannot also be on the attacking side");
        return new Scenario(targetId, attackerIds, joinerIds.Except(attackerIds).ToList(), Date(asOf, "as_of") ?? knownBy);
    }

    /// <summary><c>limit</c> from a query string: empty or absent means every verdict.</summary>
    public static int? Limit(string? text) => Limit(text, "verdict");

    /// <summary><c>limit</c> from a query string counting <paramref name="unit"/>s: empty or absent means all.</summary>
    public static int? Limit(string? text, string unit)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Casus.Present.VerdictLimit.Problem(text, out var limit, unit) is { } problem
            ? throw new InputException($"limit: '{Clip(text)}' is {problem}")
            : limit;
    }

    /// <summary><c>limit</c> in a JSON body: a number (or a numeric string); null or absent means every verdict.</summary>
    public static int? Limit(System.Text.Json.JsonElement? value) => value?.ValueKind switch
    {
        null or System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined => null,
        System.Text.Json.JsonValueKind.Number => Limit(value.Value.GetRawText()),
        System.Text.Json.JsonValueKind.String => Limit(value.Value.GetString()),
        _ => throw new InputException($"limit: {value.Value.ValueKind.ToString().ToLowerInvariant()} is not a whole number (the number of verdicts to keep)"),
    };

    /// <summary>Echoed input is clipped so a 10,000-character name doesn't become a 10,000-character error.</summary>
    public static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
