namespace Casus.Core.Claims;

/// <summary>
/// Where a claim comes from. A claim cannot exist without one: the sentence is verbatim text of
/// the document and <see cref="Start"/>/<see cref="End"/> are its character offsets in the
/// document's stored text.
/// </summary>
public sealed record Evidence(
    string DocumentId,
    string Sentence,
    int Start,
    int End,
    string? Outlet,
    DateOnly? Date,
    string Extractor,
    string LexiconVersion,
    string? Url = null)
{
    public Evidence Validate()
    {
        if (string.IsNullOrEmpty(DocumentId)) throw new ArgumentException("Evidence needs a document id.");
        if (string.IsNullOrWhiteSpace(Sentence)) throw new ArgumentException("Evidence needs a sentence.");
        if (Start < 0 || End < Start) throw new ArgumentException($"Evidence span {Start}..{End} is invalid.");
        return this;
    }
}
