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
/// <param name="FallbackDate">
/// The date to use when the content itself states none (the CLI passes the date in a file name such as
/// <c>rnz-2025-06-21-….txt</c>, see <see cref="Dates.FileNameDate"/>). An explicit date in the content always wins.
/// </param>
public sealed record InputSource(string Origin, byte[] Bytes, string? ContentType = null, DateOnly? FallbackDate = null)
{
    /// <summary>The file extension of the origin (lower case, with dot), or "" for none; URLs use their path.</summary>
    public string Extension
    {
        get
        {
            var path = Uri.TryCreate(Origin, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
                ? uri.AbsolutePath
                : Origin;
            return Path.GetExtension(path).ToLowerInvariant();
        }
    }
}
