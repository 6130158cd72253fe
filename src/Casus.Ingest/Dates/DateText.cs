using System.Globalization;
using System.Text.RegularExpressions;

namespace Casus.Ingest.Dates;

/// <summary>A date read from text, and whether the source marked it (or its precision) as approximate.</summary>
public readonly record struct StatedDate(DateOnly Date, bool Approximate);

/// <summary>Parses the date forms found in headers, meta tags and feeds.</summary>
public static partial class DateText
{
    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?(?<rest>(?:[T\s(;,].*)?)$", RegexOptions.Singleline)]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3})[A-Za-z]*\.?,?\s+(?<y>\d{4})")]
    private static partial Regex DayMonthYear();

    private static readonly string[] LongForms = ["MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM d, yyyy", "d MMM yyyy"];

    /// <summary>
    /// A header value: "2025-06-17", "2022-10 (approx.; …)" → 2022-10-01 approximate, "2022", or a written
    /// date ("17 June 2025"). Null when the value is not a real date (e.g. 9999-99-99).
    /// </summary>
    public static StatedDate? ParseHeader(string value)
    {
        var v = value.Trim();
        var m = IsoPrefix().Match(v);
        if (m.Success)
        {
            var date = Build(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
            if (date is null) return null;
            var partial = !m.Groups["d"].Success;
            return new StatedDate(date.Value, partial || m.Groups["rest"].Value.Contains("approx", StringComparison.OrdinalIgnoreCase));
        }
        foreach (var form in LongForms)
            if (DateOnly.TryParseExact(v, form, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written))
                return new StatedDate(written, false);
        return null;
    }

    /// <summary>The calendar date as written at the start of an ISO 8601 value (the publisher's local date).</summary>
    public static DateOnly? FromIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoPrefix().Match(value.Trim());
        return m.Success && m.Groups["d"].Success ? Build(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>RSS's RFC 822 dates ("Tue, 17 Jun 2025 09:00:00 GMT"), falling back to ISO 8601.</summary>
    public static DateOnly? FromFeed(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = DayMonthYear().Match(value);
        if (m.Success)
        {
            var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
                n => n.Length > 0 && n.Equals(m.Groups["mon"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            return month == 0 ? null : Build(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }
        return FromIso(value);
    }

    private static DateOnly? Build(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var mo = month.Length == 0 ? 1 : int.Parse(month, CultureInfo.InvariantCulture);
        var d = day.Length == 0 ? 1 : int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d);
    }
}
