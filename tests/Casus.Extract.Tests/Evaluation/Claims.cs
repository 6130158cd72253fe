using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Extract;
using Casus.Extract.Evaluation;

namespace Casus.Extract.Tests.Evaluation;

/// <summary>Builds fictional predictions and gold rows (Ruritania RUR, Freedonia FRE, Sylvania SYL).</summary>
internal static class Claims
{
    public const string Doc = "fictional-article.txt";
    private static int _offset;

    public static TieClaim Tie(string source, string target, TieType type, Modality modality = Modality.Asserted,
        IReadOnlyList<Clause>? clauses = null, DateOnly? from = null, string? conditionActor = null) =>
        new(new ActorId(source), new ActorId(target), type, type.DefaultSign(), modality, Evidence(),
            ValidFrom: from, Clauses: clauses, ConditionActor: conditionActor is null ? null : new ActorId(conditionActor));

    public static StateClaim State(string actor, ActorStateKind kind, Modality modality = Modality.Asserted, double? quantity = null) =>
        new(new ActorId(actor), kind, modality, Evidence(), quantity);

    public static ExtractedDocument Extracted(params object[] claims) => Extracted(Doc, claims);

    public static ExtractedDocument Extracted(string name, params object[] claims) =>
        new(name, new ExtractionResult(claims.OfType<TieClaim>().ToList(), claims.OfType<StateClaim>().ToList(), []));

    /// <summary>Gold rows from TSV lines without the document column.</summary>
    public static IReadOnlyList<GoldClaim> Gold(params string[] rows) =>
        GoldFileParser.Parse("test.tsv", string.Join('\n', rows.Select(r => Doc + "\t" + r)));

    private static Evidence Evidence()
    {
        var start = Interlocked.Add(ref _offset, 10);
        return new Evidence("doc-id", "A fictional sentence.", start, start + 9, "Fictional Times", new DateOnly(2030, 1, 1), "test", "0");
    }
}
