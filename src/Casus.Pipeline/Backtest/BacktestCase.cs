namespace Casus.Pipeline.Backtest;

/// <summary>
/// One backtest case as written in a case file (docs/evaluation.md, "Scenario backtest"): a
/// scenario posed as of a date before its outcome, the knowledge Casus may use, and what each
/// actor was observed to do. Actor names stay unresolved text until a workspace resolves them.
/// </summary>
/// <param name="Name">The case's name (its <c>case</c> line, else the file name).</param>
/// <param name="Origin">"file.tsv", for error messages.</param>
/// <param name="Knowledge">Sources: <c>starter</c> and/or corpus folder names (<c>seed</c>, <c>dev</c>).</param>
public sealed record BacktestCase(
    string Name,
    string Origin,
    string Target,
    IReadOnlyList<string> Attackers,
    IReadOnlyList<string> Joiners,
    DateOnly AsOf,
    IReadOnlyList<string> Knowledge,
    IReadOnlyList<ObservedOutcome> Outcomes,
    string Fold = BacktestCase.Tuning)
{
    public const string Starter = "starter";

    /// <summary>Folds of eval/backtest/README.md: fitted and cross-validated on <c>tuning</c>; <c>test</c> scored once at the end.
    /// A file names its fold in a <c># fold: test</c> comment; a file without one is tuning.</summary>
    public const string Tuning = "tuning";
    public const string Test = "test";

    public bool UsesStarter => Knowledge.Contains(Starter, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Corpora => Knowledge.Where(k => !string.Equals(k, Starter, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What one actor actually did, on the ladder of REASONING.md, and on what public record.</summary>
/// <param name="Line">Line number in the case file, for error messages.</param>
public sealed record ObservedOutcome(string Actor, int Level, string Justification, string Url, int Line);
