using System.Globalization;
using System.Text.RegularExpressions;

namespace Casus.Ingest.Dates;

/// <summary>
/// "6 hours ago", "an hour ago", "3 days ago" as aggregator pages print them, resolved against the
/// page's own date (the day it was saved). Hours and minutes resolve to that day.
/// </summary>
public static partial class RelativeAge
{
    [GeneratedRegex(@"(?<n>\d+|an?|one)\s+(?<unit>second|minute|hour|day|week)s?\s+ago\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    /// <summary>Where the "… ago" phrase starts in the line, or -1.</summary>
    public static int IndexIn(string line)
    {
        // Every match holds "ago"; lines without it (nearly all) skip the regex.
        if (!line.Contains("ago", StringComparison.OrdinalIgnoreCase)) return -1;
        var m = Ago().Match(line);
        return m.Success ? m.Index : -1;
    }

    public static DateOnly? Resolve(string phrase, DateOnly? pageDate)
    {
        var m = Ago().Match(phrase);
        if (!m.Success || pageDate is null) return pageDate;
        var n = int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1;
        var days = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => n,
            "week" => 7 * n,
            _ => 0,
        };
        return days > 3650 ? null : pageDate.Value.AddDays(-days);
    }
}
