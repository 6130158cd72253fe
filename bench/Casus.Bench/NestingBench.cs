using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Casus.Ingest;
using Casus.Ingest.Html;

namespace Casus.Bench;

/// <summary>
/// <c>nesting [LEVELS...]</c> (issue 16): a page of N nested &lt;div&gt;s around one sentence, read by
/// the HTML reader (with its nesting limit) beside the baseline of parsing the same markup with no
/// limit, which is what the reader did before. The baseline is skipped above 40,000 levels unless
/// <c>--full</c> is given (100,000 levels took 154 s on the machine).
/// </summary>
internal static class NestingBench
{
    public static int Run(string[] args)
    {
        var full = args.Contains("--full");
        var levels = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty().ToList();
        if (levels is [0]) levels = [10_000, 40_000, 100_000];
        Console.WriteLine("levels\tbytes\treader_s\tbaseline_s\tratio");
        foreach (var n in levels)
        {
            var html = Page(n);
            var reader = Time(() => new HtmlReader().Read(new InputSource("nested.html", Encoding.UTF8.GetBytes(html)), html));
            double? baseline = n <= 40_000 || full
                ? Time(() => { using var _ = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html); })
                : null;
            Console.WriteLine($"{n}\t{html.Length}\t{reader:F3}\t{(baseline is { } b ? b.ToString("F3") : "skipped")}\t{(baseline is { } c ? (c / reader).ToString("F0") + "x" : "-")}");
        }
        return 0;
    }

    public static string Page(int levels) =>
        new StringBuilder("<html><body>").Insert(12, "<div>", levels).Append("Zembla may yet send help to Ardania.")
            .Append(new StringBuilder().Insert(0, "</div>", levels)).Append("</body></html>").ToString();

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }
}
