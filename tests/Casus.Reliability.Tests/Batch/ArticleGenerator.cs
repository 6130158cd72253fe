using System.Text;

namespace Casus.Reliability.Tests.Batch;

/// <summary>
/// Writes a folder of fictional news articles (seeded, so every run writes the same bytes). Each
/// names real actors from the lexicon with cue phrases the extractor knows, so documents carry
/// claims; the sentences themselves are invented here. Sizes vary from a paragraph to ~30 KB so a
/// kill can land inside a small document or a long one.
/// </summary>
public static class ArticleGenerator
{
    private static readonly string[] States = ["Iran", "Russia", "China", "Israel", "Pakistan", "Saudi Arabia", "Egypt", "Turkey", "North Korea", "the United States", "Iraq", "Syria", "Germany", "Canada"];
    private static readonly string[] Groups = ["Hezbollah", "Hamas", "the Houthis", "Kata'ib Hezbollah"];
    private static readonly string[] Blocs = ["SCO", "the Shanghai Cooperation Organisation", "the Eurasian Economic Union"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];
    private static readonly string[] Outlets = ["Northwind Ledger", "Harbour Tribune", "Meridian Wire", "Lantern Post"];

    private static readonly string[] Templates =
    [
        "{A} signed a strategic partnership treaty with {B} in {M}, according to officials in the fictional port of Velmora.",
        "{A} condemned {B} after the night of drills near the imaginary Sarn estuary.",
        "{A} has been supplying {B} with weapons, two analysts at the invented Kestrel Institute said.",
        "{A} offered full support to {B} during a televised address that nobody in Velmora watched.",
        "{A} is unlikely to side openly with {B}, according to a diplomat quoted by the {O}.",
        "{A} could launch attacks on {B} bases, the {O} reported, citing unnamed sources.",
        "{A} threatened {B} with retaliation over the seizure of the cargo ship Amberline.",
        "{A} joined {C} in {M}, a step the {O} described as symbolic.",
        "{A} is the largest buyer of {B} oil, shipping records seen by the {O} suggest.",
        "{A} offered to mediate between {B} and its neighbours at a summit in the fictional city of Orlesk.",
        "Officials said {A} did not include a mutual defence clause in its pact with {B}.",
        "{G} vowed to fight on, although its capability has been greatly diminished, the {O} said.",
        "The weather in Velmora stayed mild while delegates argued about shipping lanes and grain quotas.",
        "A spokesman for the invented Ministry of Tides declined to comment on the matter.",
    ];

    /// <summary>Writes <paramref name="count"/> articles to <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"article-{i:D4}.txt");
            File.WriteAllText(path, Article(random, i), new UTF8Encoding(false));
            paths.Add(path);
        }
        return paths;
    }

    public static string Article(Random random, int index)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 540));
        var text = new StringBuilder();
        text.Append("date ").Append(date.ToString("yyyy-MM-dd")).Append(' ');
        text.Append($"Dispatch {index} from the Velmora desk. ");
        // Mostly short, now and then long: a few documents take long enough to be killed mid-write.
        var sentences = random.Next(10) == 0 ? random.Next(150, 300) : random.Next(3, 25);
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0 && random.Next(6) == 0) text.Append("\n\n");
            text.Append(Fill(Templates[random.Next(Templates.Length)], random)).Append(' ');
        }
        text.Append($"(Report {index}, serial {random.Next():X8}.)");
        return text.ToString();
    }

    private static string Fill(string template, Random random)
    {
        var a = Pick(random, States);
        var b = Pick(random, States.Concat(Groups).Where(x => x != a).ToArray());
        var sentence = template
            .Replace("{A}", a).Replace("{B}", b).Replace("{G}", Pick(random, Groups))
            .Replace("{C}", Pick(random, Blocs)).Replace("{M}", Pick(random, Months)).Replace("{O}", Pick(random, Outlets));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
