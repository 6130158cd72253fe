using Casus.Core;
using Casus.Core.Documents;
using Casus.Ingest.Aggregator;
using Casus.Ingest.Dates;
using Casus.Ingest.Decoding;
using Casus.Ingest.Feeds;
using Casus.Ingest.Html;
using Casus.Ingest.Text;
using Casus.Ingest.Web;

namespace Casus.Ingest;

/// <summary>
/// The one entry point the pipeline calls: any input → documents. The bytes are decoded once
/// (<see cref="TextDecoder"/>), then the reader is chosen: a feed by its root element or a feed
/// extension/content type; HTML by extension, content type or its opening tags; an aggregator page by its
/// layout markers; plain text otherwise. Every failure is an <see cref="InputException"/> naming the input.
/// </summary>
public sealed class DocumentReaders(IngestOptions options) : IDocumentReader
{
    private readonly TextDecoder decoder = new(options);
    private readonly FeedReader feeds = new(options);
    private readonly HtmlReader html = new(options);
    private readonly AggregatorPageReader aggregator = new(options);
    private readonly PlainTextReader plain = new(options);

    public DocumentReaders() : this(IngestOptions.Default) { }

    /// <summary>A dispatcher with the default limits (20 MB per document, 10 MB downloads, 20 s timeout).</summary>
    public static DocumentReaders Default { get; } = new();

    /// <summary>Every input is readable or fails with a clear reason, so the dispatcher accepts all.</summary>
    public bool CanRead(InputSource source) => true;

    public IngestOptions Options => options;

    public IReadOnlyList<Document> Read(InputSource source)
    {
        var text = decoder.Decode(source);
        var reader = Choose(source, text);
        try
        {
            return reader.Read(source, text);
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            // A reader bug on odd input must still reach the user as one line, not a stack trace.
            throw InputFailure.Because(source.Origin, $"unreadable {KindOf(reader)} ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Reads a file; its size is checked before loading, and a date in its name is the fallback date.</summary>
    public IReadOnlyList<Document> ReadFile(string path) => Read(LoadFile(path, options));

    /// <summary>Fetches an http(s) URL (see <see cref="UrlFetcher"/>) and reads the body.</summary>
    public IReadOnlyList<Document> ReadUrl(string url)
    {
        using var fetcher = new UrlFetcher(options);
        return Read(fetcher.Fetch(url));
    }

    /// <summary>A file path or an http(s) URL.</summary>
    public IReadOnlyList<Document> ReadPathOrUrl(string pathOrUrl) =>
        UrlFetcher.IsUrl(pathOrUrl) ? ReadUrl(pathOrUrl) : ReadFile(pathOrUrl);

    /// <summary>
    /// Only a regular file is read (after following symlinks): a FIFO would block forever and /dev/zero
    /// never ends, so either is refused in one line before it is opened. The read itself is bounded too
    /// (a file that grows after its size was checked stops at the cap).
    /// </summary>
    public static InputSource LoadFile(string path, IngestOptions options)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) throw InputFailure.Because(path, "is a folder (use FolderWalker to list its files)");
            if (!info.Exists) throw InputFailure.Because(path, "no such file");
            if (info.LinkTarget is { } target && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                throw InputFailure.Because(path, $"symlink to a missing file ({target})");
            if (FileKind.NotRegular(path) is { } kind) throw InputFailure.Because(path, $"is {kind}, not a regular file (only regular files are read)");
            if (info.Length > options.MaxDocumentBytes) throw TooLarge(path, info.Length, options);
            return new InputSource(path, ReadAtMost(path, options), null, FileNameDate.From(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw InputFailure.Because(path, $"cannot read file ({e.Message})");
        }
    }

    private static byte[] ReadAtMost(string path, IngestOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxDocumentBytes) throw TooLarge(path, buffer.Length, options, growing: true);
        }
        return buffer.ToArray();
    }

    private static Casus.Core.InputException TooLarge(string path, long bytes, IngestOptions options, bool growing = false) =>
        InputFailure.Because(path, $"too large ({(growing ? "over " : "")}{InputFailure.Megabytes(bytes)}; the limit is {InputFailure.Megabytes(options.MaxDocumentBytes)} per document)");

    private TextDocumentReader Choose(InputSource source, string text)
    {
        if (MarkupSniffer.LooksLikeFeed(text)) return feeds;
        if (MarkupSniffer.LooksLikeHtml(text) || html.CanRead(source, text)) return html;
        if (FeedReader.IsFeedExtension(source.Extension) || feeds.CanRead(source, text)) return feeds;
        if (aggregator.CanRead(source, text)) return aggregator;
        return plain;
    }

    private static string KindOf(TextDocumentReader reader) => reader switch
    {
        FeedReader => "feed",
        HtmlReader => "HTML page",
        AggregatorPageReader => "aggregator page",
        _ => "text",
    };
}
