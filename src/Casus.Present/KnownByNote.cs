using System.Globalization;

namespace Casus.Present;

/// <summary>
/// "Knowing only what was published by <see cref="Date"/>": a scenario judged on the record as it
/// stood then, with <see cref="Withheld"/> claims left out because their articles came later (or
/// carry no date). Outputs given a note say so; without one they are exactly what they were before.
/// </summary>
public sealed record KnownByNote(DateOnly Date, int Withheld)
{
    /// <summary>The words every output uses, so the table, the briefs and scripts agree.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"knowing only what was published by {Date:yyyy-MM-dd} ({Withheld} claim{(Withheld == 1 ? "" : "s")} withheld)");
}
