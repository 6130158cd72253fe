using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Extract;

/// <summary>Turns one document's text into claims, each with verbatim evidence.</summary>
public interface IClaimExtractor
{
    ExtractionResult Extract(Document document);
}

/// <param name="CandidateActors">Capitalised organisation-like names the lexicon does not know,
/// reported rather than dropped (<c>casus actors --candidates</c>).</param>
public sealed record ExtractionResult(
    IReadOnlyList<TieClaim> Ties,
    IReadOnlyList<StateClaim> States,
    IReadOnlyList<string> CandidateActors);
