using System.Globalization;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Present.Briefs;

/// <summary>
/// What both brief formats say, worded once: title, verdict sentences, numbers. The Markdown and
/// HTML renderers only differ in markup.
/// </summary>
internal static class BriefModel
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Quotes shown per factor: enough to see why, short enough to read.</summary>
    public const int QuotesPerFactor = 3;

    public static string Title(ScenarioResult result, KnowledgeBase knowledge)
    {
        var s = result.Scenario;
        var attackers = Names(s.Attackers, knowledge);
        var joiners = Names(s.Joiners, knowledge);
        var target = knowledge.NameOf(s.Target);
        var what = joiners.Length > 0
            ? $"If {joiners} join{(s.Joiners.Count == 1 ? "s" : "")} {Possessive(attackers)} war on {target}"
            : attackers.Length > 0 ? $"If {attackers} attack{(s.Attackers.Count == 1 ? "s" : "")} {target}" : $"If {target} is attacked";
        return $"{what}: who helps {target}, how far, how likely?";
    }

    public static string AsOf(Scenario scenario) =>
        scenario.AsOf is { } d ? d.ToString("yyyy-MM-dd", Inv) : "all dates";

    /// <summary>Verdicts in reading order (<see cref="Headline.ReadingOrder"/>): P(material+), then P(diplomacy), then name.</summary>
    public static IReadOnlyList<Verdict> Ordered(ScenarioResult result) =>
        result.Verdicts.Order(Headline.ReadingOrder).ToList();

    /// <summary>The headline columns, lowest threshold first: <c>P(words)</c> … <c>P(fighting)</c>.</summary>
    public static IEnumerable<string> HeadlineHeadings => Headline.Thresholds.Select(t => Headline.Heading(t.From));

    /// <summary>The verdict's headline numbers in the order of <see cref="HeadlineHeadings"/>, in whole percent.</summary>
    public static IEnumerable<string> HeadlineCells(Verdict v) =>
        Headline.Thresholds.Select(t => HeadlinePercent(v.AtLeast(t.From)));

    /// <summary>Whole percent rounded as the sort rounds (<see cref="Headline.Percent"/>), so equal-looking rows are tied.</summary>
    public static string HeadlinePercent(double p) => Headline.Percent(p).ToString(Inv) + "%";

    /// <summary>Said under the summary when a limit left verdicts out, so the reader knows the list is not the whole network.</summary>
    public static string OmittedNote(int shown, int total) =>
        $"Only the {shown} most likely to help of {total} actors are shown; the other {total - shown} are left out (limit {shown}).";

    /// <summary>
    /// The actor's name, marked when it is a bloc or an organisation: such rows read the body's own
    /// statements, while the help itself comes from its members, who have rows of their own.
    /// </summary>
    public static string ActorLabel(Verdict v, KnowledgeBase knowledge) => knowledge.Find(v.Actor)?.Kind switch
    {
        ActorKind.Bloc => v.ActorName + " (bloc)",
        ActorKind.Organisation => v.ActorName + " (organisation)",
        _ => v.ActorName,
    };

    public static bool AnyCollective(IEnumerable<Verdict> verdicts, KnowledgeBase knowledge) =>
        verdicts.Any(v => knowledge.Find(v.Actor)?.Kind.IsCollective() == true);

    public const string CollectiveNote =
        "Blocs and organisations act through their members: their rows read the body's own statements, not a collective decision.";

    public static string LevelLabel(LadderLevel level) => $"{(int)level} ({level.Describe()})";

    public static string Percent(double p) => (p * 100).ToString("0", Inv) + "%";

    public static string Number(double x) => x.ToString("0.00", Inv);

    public static string Signed(double x) => (x >= 0 ? "+" : "−") + Math.Abs(x).ToString("0.00", Inv);

    public static string VerdictSentence(Verdict v, string target)
    {
        // The four chances first: the single most likely level of a two-peaked distribution misleads on its own.
        var chances = string.Join(", ", Headline.Thresholds.Select(t => $"{Headline.Heading(t.From)} {HeadlinePercent(v.AtLeast(t.From))}"));
        var sentence = $"{v.ActorName} for {target}: {chances}, P(direct military) {Percent(v.Probabilities[5])}; " +
                       $"the single most likely level is {LevelLabel(v.Level)} and the expected level {Number(v.ExpectedLevel)}.";
        return v.Cap is { } cap ? sentence + $" Capability caps it at level {LevelLabel(cap)}." : sentence;
    }

    public static string Citation(Evidence e) =>
        string.Join(", ", new[] { e.Outlet, e.Date?.ToString("yyyy-MM-dd", Inv) ?? "undated" }.Where(x => !string.IsNullOrEmpty(x)));

    /// <summary>"Outlet · date · “title” · url": the document by its title or file name when known, by its id
    /// (short, as <c>casus</c> prints ids) only when nothing else names it. Undated sources say so.</summary>
    public static string SourceLine(Evidence e, Func<string, string?>? documentName = null)
    {
        var parts = new List<string> { e.Outlet ?? "unknown outlet" };
        parts.Add(e.Date is { } d ? d.ToString("yyyy-MM-dd", Inv) : "undated");
        var name = documentName?.Invoke(e.DocumentId);
        if (!string.IsNullOrWhiteSpace(name)) parts.Add("“" + name.Trim() + "”");
        if (!string.IsNullOrEmpty(e.Url)) parts.Add(e.Url);
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrEmpty(e.Url)) parts.Add("document " + e.DocumentId);
        return string.Join(" · ", parts);
    }

    private static string Names(IEnumerable<ActorId> ids, KnowledgeBase knowledge)
    {
        var names = ids.Select(knowledge.NameOf).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    private static string Possessive(string names) => names.Length == 0 ? "the" : names.EndsWith('s') ? names + "'" : names + "'s";
}
