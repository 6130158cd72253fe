using Casus.Core;
using Casus.Core.Documents;

namespace Casus.Ingest;

/// <summary>
/// Reads one input (file bytes or fetched body) into documents. An aggregator page yields its
/// main article plus one document per related item (with <see cref="Document.ParentId"/> set);
/// a feed yields one per item.
/// </summary>
public interface IDocumentReader
{
    /// <summary>True when this reader recognises the input (by extension, content type or sniffing).</summary>
    bool CanRead(InputSource source);

    IReadOnlyList<Document> Read(InputSource source);
}

/// <param name="Origin">Path or URL, for messages and provenance.</param>
/// <param name="ContentType">HTTP content type when fetched; null for files.</param>
public sealed record InputSource(string Origin, byte[] Bytes, string? ContentType = null);
