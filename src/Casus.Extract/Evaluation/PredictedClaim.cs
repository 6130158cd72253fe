using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>One document's extraction, named as the gold names it (the corpus file name).</summary>
/// <param name="Name">Gold's document column; documents split out of a page (Related Articles) get
/// names no gold row uses, so they are not scored.</param>
public sealed record ExtractedDocument(string Name, ExtractionResult Result);

/// <summary>An extracted tie or state claim flattened to the labels evaluation compares.</summary>
/// <param name="Target">Null for a state claim.</param>
/// <param name="Mentions">How many extracted claims (sentences) said exactly this.</param>
public sealed record PredictedClaim(
    string Document,
    ActorId Source,
    ActorId? Target,
    ClaimKind Kind,
    int Sign,
    Modality Modality,
    TieClaim? Tie,
    StateClaim? State,
    int Mentions = 1)
{
    public Evidence Evidence => Tie?.Evidence ?? State!.Evidence;

    public static PredictedClaim From(string document, TieClaim tie) =>
        new(document, tie.Source, tie.Target, ClaimKind.Of(tie.Type), Math.Sign(tie.Sign), tie.Modality, tie, null);

    public static PredictedClaim From(string document, StateClaim state) =>
        new(document, state.Actor, null, ClaimKind.Of(state.Kind), 0, state.Modality, null, state);

    /// <summary>
    /// Claims that say the same thing (same labels, same modality after <see cref="ClaimKind.Canonical"/>)
    /// count once: a tie repeated in three sentences is one claim of the document. Symmetric ties
    /// compare as unordered pairs.
    /// </summary>
    public static IReadOnlyList<PredictedClaim> Distinct(ExtractedDocument document)
    {
        var all = document.Result.Ties.Select(t => From(document.Name, t))
            .Concat(document.Result.States.Select(s => From(document.Name, s)));
        return all.GroupBy(p => p.Identity())
                  .Select(g => g.OrderBy(p => p.Evidence.Start).First() with { Mentions = g.Count() })
                  .ToList();
    }

    private (string, string, string, int, Modality) Identity()
    {
        var (a, b) = (Source.Value, Target?.Value ?? "");
        if (Kind.IsSymmetric && string.CompareOrdinal(a, b) > 0) (a, b) = (b, a);
        return (a, b, Kind.Name, Sign, Kind.Canonical(Modality));
    }

    public override string ToString()
    {
        var target = Target is { } t ? "→" + t.Value : "";
        var sign = Target is null ? "" : Sign > 0 ? " +" : " -";
        return $"{Source.Value}{target} {Kind.Name}{sign} [{Modality.ToSnake()}]";
    }
}
