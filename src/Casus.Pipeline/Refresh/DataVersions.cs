namespace Casus.Pipeline.Refresh;

/// <summary>
/// Data versions are dotted numbers (<c>2026.11.23.2</c>, data/VERSION). A database written by a newer
/// casus must not be "refreshed" down to older data: its claims would be re-read with a lexicon that
/// knows less.
/// </summary>
public static class DataVersions
{
    /// <summary>True only when both parse as dotted numbers and <paramref name="stored"/> is later than <paramref name="shipped"/>.</summary>
    public static bool IsNewer(string? stored, string shipped)
    {
        if (Parts(stored) is not { } a || Parts(shipped) is not { } b) return false;
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : 0;
            var y = i < b.Length ? b[i] : 0;
            if (x != y) return x > y;
        }
        return false;
    }

    private static long[]? Parts(string? version)
    {
        if (string.IsNullOrWhiteSpace(version)) return null;
        var parts = version.Trim().Split('.');
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!long.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out numbers[i])) return null;
        return numbers;
    }
}
