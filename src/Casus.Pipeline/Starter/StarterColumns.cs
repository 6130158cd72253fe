namespace Casus.Pipeline.Starter;

/// <summary>The column order of <c>data/starter/facts.tsv</c> (documented in data/starter/README.md).</summary>
internal static class StarterColumns
{
    public static readonly string[] Names =
    [
        "source", "type", "target", "sign", "modality", "valid_from", "valid_until", "clauses",
        "context", "condition_actor", "state_kind", "quantity", "attribution", "statement",
        "outlet", "url", "date",
    ];

    public const int Source = 0, Type = 1, Target = 2, Sign = 3, Modality = 4, ValidFrom = 5,
        ValidUntil = 6, Clauses = 7, Context = 8, ConditionActor = 9, StateKind = 10, Quantity = 11,
        Attribution = 12, Statement = 13, Outlet = 14, Url = 15, Date = 16;
}
