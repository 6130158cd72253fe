namespace Casus.Store;

/// <summary>
/// Which extractor, under which data version, produced a stored document's claims: one entry per
/// distinct pair among its claims, none for a document that yielded no claim. <c>casus refresh</c>
/// reads this to find the documents a newer lexicon must read again.
/// </summary>
public sealed record DocumentExtraction(string DocumentId, string Origin, IReadOnlyList<ClaimProvenance> Provenance);

/// <param name="Extractor">The evidence's extractor name ("casus-rules/1", "starter", a dataset importer).</param>
/// <param name="DataVersion">The data/VERSION the claims were made under (the evidence's lexicon version).</param>
public sealed record ClaimProvenance(string Extractor, string DataVersion);
