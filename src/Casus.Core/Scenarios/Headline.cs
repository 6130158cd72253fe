namespace Casus.Core.Scenarios;

/// <summary>
/// What a reader needs at a glance from one verdict, and the order verdicts are read in. A
/// ladder distribution is often two-peaked (likely words, a real chance of arms, little between),
/// so its single most likely level or its mean hides what matters: "most likely 0 (none)" can sit
/// beside a 39% chance of material help. The headline is four cumulative chances instead, each
/// a question a reader asks: will they say anything, act diplomatically, send something, fight?
/// Verdicts are sorted by the third, then the second, in whole percent as printed, so the order
/// is one a reader can state and check by eye; ties go by name.
/// </summary>
public static class Headline
{
    /// <summary>The four thresholds, lowest first: the level each counts from and its short name.</summary>
    public static readonly IReadOnlyList<(LadderLevel From, string Name)> Thresholds =
    [
        (LadderLevel.Rhetorical, "words"),
        (LadderLevel.Diplomatic, "diplomacy"),
        (LadderLevel.Material, "material+"),
        (LadderLevel.IndirectMilitary, "fighting"),
    ];

    /// <summary>Column heading for a threshold: <c>P(words)</c>, <c>P(material+)</c>.</summary>
    public static string Heading(LadderLevel from) => $"P({Name(from)})";

    /// <summary>The short name of a threshold (<c>words</c> for level ≥ 1, …).</summary>
    public static string Name(LadderLevel from) =>
        Thresholds.FirstOrDefault(t => t.From == from).Name ?? throw new ArgumentOutOfRangeException(nameof(from), from, "not a headline threshold (1-4)");

    /// <summary>One line saying what the four headings mean and how rows are ordered; printed under every headline table.</summary>
    public const string Legend =
        "P(words) = chance of level 1 or more (rhetorical or more) · P(diplomacy) = level 2 or more · " +
        "P(material+) = level 3 or more (arms, money, intelligence or more) · P(fighting) = level 4 or more (indirect or direct military). " +
        "Sorted by P(material+), then P(diplomacy), in whole percent as shown; ties by name.";

    /// <summary>P(level ≥ <paramref name="from"/>), summed upward from <paramref name="from"/> as <see cref="Verdict.AtLeast"/> does.</summary>
    public static double AtLeast(IReadOnlyList<double> probabilities, LadderLevel from)
    {
        var sum = 0.0;
        for (var k = (int)from; k < probabilities.Count; k++) sum += probabilities[k];
        return sum;
    }

    /// <summary>A probability in whole percent, as every headline prints it (half away from zero, so 0.125 is 13).</summary>
    public static int Percent(double probability) => (int)Math.Round(probability * 100, MidpointRounding.AwayFromZero);

    /// <summary>The two numbers verdicts are sorted by (higher first): P(material+) and P(diplomacy), whole percent.</summary>
    public static (int Material, int Diplomacy) SortKey(IReadOnlyList<double> probabilities) =>
        (Percent(AtLeast(probabilities, LadderLevel.Material)), Percent(AtLeast(probabilities, LadderLevel.Diplomatic)));

    /// <summary>Reading order: P(material+) then P(diplomacy), higher first (whole percent), then name, then id (ordinal).</summary>
    public static readonly IComparer<Verdict> ReadingOrder = Comparer<Verdict>.Create((a, b) =>
    {
        var (x, y) = (SortKey(a.Probabilities), SortKey(b.Probabilities));
        if (y.Material.CompareTo(x.Material) is var m && m != 0) return m;
        if (y.Diplomacy.CompareTo(x.Diplomacy) is var d && d != 0) return d;
        return string.CompareOrdinal(a.ActorName, b.ActorName) is var n && n != 0 ? n : string.CompareOrdinal(a.Actor.Value, b.Actor.Value);
    });
}
