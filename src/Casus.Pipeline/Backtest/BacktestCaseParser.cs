using System.Globalization;
using Casus.Core;

namespace Casus.Pipeline.Backtest;

/// <summary>
/// Reads a case file: tab-separated <c>key	value…</c> lines, <c>#</c> comments and blank lines
/// ignored. Keys: <c>case</c>, <c>target</c>, <c>attackers</c>, <c>joiners</c>, <c>as_of</c>,
/// <c>knowledge</c> (space-separated lists), and one <c>outcome	ACTOR	LEVEL	JUSTIFICATION	URL</c>
/// per scored actor. Any fault is an <see cref="InputException"/> naming file and line.
/// </summary>
public static class BacktestCaseParser
{
    private static readonly string[] Required = ["target", "attackers", "as_of", "knowledge"];

    public static BacktestCase Parse(string fileName, string text)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var outcomes = new List<ObservedOutcome>();
        var lineNumber = 0;
        var fold = BacktestCase.Tuning;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("# fold:", StringComparison.Ordinal)) fold = line.TrimStart()[7..].Trim().Split(' ')[0].ToLowerInvariant();
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            var key = cells[0].ToLowerInvariant();
            if (key == "outcome")
            {
                outcomes.Add(Outcome(cells, fileName, lineNumber, outcomes));
                continue;
            }
            if (key is not ("case" or "target" or "attackers" or "joiners" or "as_of" or "knowledge"))
                throw Fault(fileName, lineNumber, $"unknown key '{Clip(cells[0])}' (expected case, target, attackers, joiners, as_of, knowledge or outcome)");
            if (cells.Length < 2 || cells[1].Length == 0) throw Fault(fileName, lineNumber, $"'{key}' needs a value after a tab");
            if (!values.TryAdd(key, (cells[1], lineNumber))) throw Fault(fileName, lineNumber, $"'{key}' given twice");
        }
        foreach (var key in Required)
            if (!values.ContainsKey(key)) throw Fault(fileName, null, $"no '{key}' line");
        if (outcomes.Count == 0) throw Fault(fileName, null, "no 'outcome' line: nothing to score");

        var (asOfText, asOfLine) = values["as_of"];
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            throw Fault(fileName, asOfLine, $"as_of '{Clip(asOfText)}' is not a date (expected YYYY-MM-DD)");
        return new BacktestCase(
            values.TryGetValue("case", out var name) ? name.Value : Path.GetFileNameWithoutExtension(fileName),
            fileName,
            values["target"].Value,
            List(values["attackers"].Value),
            values.TryGetValue("joiners", out var joiners) ? List(joiners.Value) : [],
            asOf,
            List(values["knowledge"].Value),
            outcomes,
            fold);
    }

    private static ObservedOutcome Outcome(string[] cells, string file, int line, List<ObservedOutcome> earlier)
    {
        if (cells.Length < 5 || cells[1..5].Any(c => c.Length == 0))
            throw Fault(file, line, "an outcome needs four tab-separated values: actor, level 0-5, justification, source URL");
        if (!int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > 5)
            throw Fault(file, line, $"level '{Clip(cells[2])}' is not a ladder level 0-5");
        if (!Uri.TryCreate(cells[4], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw Fault(file, line, $"source '{Clip(cells[4])}' is not an http(s) URL");
        if (earlier.Any(o => string.Equals(o.Actor, cells[1], StringComparison.OrdinalIgnoreCase)))
            throw Fault(file, line, $"actor '{Clip(cells[1])}' has two outcomes");
        return new ObservedOutcome(cells[1], level, cells[3], cells[4], line);
    }

    private static string[] List(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static InputException Fault(string file, int? line, string reason) =>
        new($"case file {file}{(line is null ? "" : ":" + line)}: {reason}");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
