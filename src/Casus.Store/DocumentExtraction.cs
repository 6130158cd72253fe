namespace Casus.Store;

/// <summary>
/// Which extractor, under which data version, produced a stored document's claims: one entry per
/// distinct pair among its claims, none for a document that yielded no claim. <c>casus refresh</c>
/// reads this to find the documents a newer lexicon must read again.
/// </summary>
public sealed record DocumentExtraction(string DocumentId, string Origin, IReadOnlyList<ClaimProvenance> Provenance)
{
    /// <summary>One extraction per document from rows of (document, origin, extractor, version) in document order,
    /// a document without claims coming as one row with no extractor: what both stores' queries return.</summary>
    internal static List<DocumentExtraction> Group(IEnumerable<(string Id, string Origin, string? Extractor, string? Version)> rows) =>
        rows.GroupBy(r => (r.Id, r.Origin))
            .Select(g => new DocumentExtraction(g.Key.Id, g.Key.Origin,
                g.Where(r => r.Extractor is not null).Select(r => new ClaimProvenance(r.Extractor!, r.Version!)).ToList()))
            .ToList();
}

/// <param name="Extractor">The evidence's extractor name ("casus-rules/1", "starter", a dataset importer).</param>
/// <param name="DataVersion">The data/VERSION the claims were made under (the evidence's lexicon version).</param>
public sealed record ClaimProvenance(string Extractor, string DataVersion);
