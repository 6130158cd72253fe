using System.Globalization;

namespace Casus.Extract.Evaluation;

/// <summary>A gold date written as precisely as the text allows: "2025", "2025-01" or "2025-01-17".</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (numbers[0] is < 1000 or > 9999 || month is < 1 or > 12) return false;
        if (day is not null && !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return false;
        date = new PartialDate(numbers[0], month, day);
        return true;
    }

    /// <summary>True when <paramref name="value"/> agrees at the precision the gold gives.</summary>
    public bool Matches(DateOnly? value) =>
        value is { } v && v.Year == Year && (Month is null || v.Month == Month) && (Day is null || v.Day == Day);

    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}
