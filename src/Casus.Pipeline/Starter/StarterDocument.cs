using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Pipeline.Starter;

/// <summary>
/// One curated source (a URL as it stood on a date) turned into a document whose text is its
/// fact statements, with the claims those statements carry. Deconstructs as
/// <c>(document, ties, states)</c>.
/// </summary>
public sealed record StarterDocument(
    Document Document,
    IReadOnlyList<TieClaim> Ties,
    IReadOnlyList<StateClaim> States);
