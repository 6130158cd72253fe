using System.Globalization;
using System.Numerics;
using Casus.Core.Scenarios;

namespace Casus.Present;

/// <summary>
/// "Only the first N verdicts". A whole-network scenario has thousands of verdicts whose factors
/// are explained lazily, when first read, so writing all of them costs far more than computing
/// them; readers almost always want the top few. Outputs given a limit keep the first N verdicts
/// (the engine sorts them most likely to help first) and say how many they left out; without a
/// limit they are exactly what they were before limits existed.
/// </summary>
public static class VerdictLimit
{
    /// <summary>
    /// Why <paramref name="text"/> is not a limit ("not a whole number …", worded to follow the
    /// value the caller echoes), or null when it is one. A limit is a whole number
    /// of at least 1; one larger than any result (even beyond <see cref="int.MaxValue"/>) means all.
    /// </summary>
    /// <param name="unit">What the limit counts, singular ("verdict"; <c>ties</c> counts "partner"s).</param>
    public static string? Problem(string text, out int limit, string unit = "verdict")
    {
        limit = 0;
        if (!BigInteger.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return $"not a whole number (the number of {unit}s to keep)";
        if (number < 1) return $"less than 1 (leave the limit out for every {unit})";
        limit = number > int.MaxValue ? int.MaxValue : (int)number;
        return null;
    }

    /// <summary>The first <paramref name="limit"/> verdicts (all of them when null); no verdict's factors are read.</summary>
    public static IReadOnlyList<Verdict> Top(IReadOnlyList<Verdict> verdicts, int? limit)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (limit is not { } n) return verdicts;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(limit));
        return n >= verdicts.Count ? verdicts : verdicts.Take(n).ToList();
    }
}
