using System.CommandLine;
using System.Globalization;

namespace Casus.Cli;

/// <summary>Option factories shared by several commands (each command needs its own instance).</summary>
public static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of tables" };

    /// <summary><c>--as-of YYYY-MM-DD</c>; anything else is a usage error naming the value.</summary>
    public static Option<DateOnly?> AsOf() => Date("--as-of", "Show knowledge as it stood on this date (YYYY-MM-DD)");

    /// <summary><c>--known-by YYYY-MM-DD</c>: judge only on what had been published by the date (as a backtest does).</summary>
    public static Option<DateOnly?> KnownBy() => Date("--known-by",
        "Use only claims from articles published by this date (YYYY-MM-DD): what could have been known then. "
        + "Without --as-of it is also the as-of date; an --as-of earlier or later than it is allowed");

    /// <summary>A <c>YYYY-MM-DD</c> option; anything else is a usage error naming the option and the value.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"{name} '{Clip(text)}': not a valid date (expected YYYY-MM-DD)");
            return null;
        },
    };

    /// <summary><c>--limit N</c>: keep the first N verdicts; not given means all (the default, as before limits existed).</summary>
    public static Option<int?> Limit() =>
        Limit("Show only the N actors most likely to help (and say how many were left out)", "verdict");

    /// <summary><c>--limit N</c> counting <paramref name="unit"/>s (singular, for the error: "the number of partners to keep").</summary>
    public static Option<int?> Limit(string description, string unit) => new("--limit")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Casus.Present.VerdictLimit.Problem(text, out var limit, unit) is not { } problem) return limit;
            result.AddError($"--limit '{Clip(text)}': {problem}");
            return null;
        },
    };

    /// <summary>Long hostile values are cut so the error stays one readable line.</summary>
    public static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
