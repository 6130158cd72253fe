using Casus.Core.Documents;
using Casus.Ingest.Decoding;

namespace Casus.Ingest.Text;

/// <summary>
/// Base for readers that work on decoded text. The dispatcher decodes once and calls the text
/// overloads; the <see cref="IDocumentReader"/> members decode for callers that use a reader alone.
/// </summary>
public abstract class TextDocumentReader(IngestOptions options) : IDocumentReader
{
    protected IngestOptions Options { get; } = options;

    public bool CanRead(InputSource source) => CanRead(source, new TextDecoder(Options).Decode(source));

    public IReadOnlyList<Document> Read(InputSource source) => Read(source, new TextDecoder(Options).Decode(source));

    /// <summary>True when the decoded text has this reader's shape.</summary>
    public abstract bool CanRead(InputSource source, string text);

    /// <param name="text">Decoded, sanitised text (\n line endings, no control or bidi override characters).</param>
    public abstract IReadOnlyList<Document> Read(InputSource source, string text);
}
