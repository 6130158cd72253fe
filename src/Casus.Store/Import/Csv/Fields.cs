using System.Globalization;

namespace Casus.Store.Import.Csv;

/// <summary>Allocation-free field conversions; empty or malformed numbers read as null.</summary>
public static class Fields
{
    public static int? Int(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        if (field.IsEmpty) return null;
        if (int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        // Some files write integers as "1.0".
        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) ? (int)d : null;
    }

    public static double? Double(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        return !field.IsEmpty && double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static bool Flag(ReadOnlySpan<char> field) => Int(field) is > 0;

    /// <summary>A date from year, month, day fields where 0 or empty month/day mean "unknown" (ATOP, COW);
    /// the unknown part becomes the first of the period, null when the year is unknown.</summary>
    public static DateOnly? Date(int? year, int? month, int? day)
    {
        if (year is null or <= 0 or > 9999) return null;
        var m = month is >= 1 and <= 12 ? month.Value : 1;
        var maxDay = DateTime.DaysInMonth(year.Value, m);
        var d = day is >= 1 ? Math.Min(day.Value, maxDay) : 1;
        return new DateOnly(year.Value, m, d);
    }

    /// <summary>GDELT's YYYYMMDD integer date.</summary>
    public static DateOnly? YyyyMmDd(ReadOnlySpan<char> field)
    {
        if (field.Length != 8 || !int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return null;
        int y = v / 10000, m = v / 100 % 100, d = v % 100;
        return y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
