using Casus.Core.Data;
using Casus.Core.Documents;

namespace Casus.Ingest.Outlets;

/// <summary>
/// Names the outlet of a document that does not name it itself, from its web address or the
/// archive slug of its file name (<c>data/ingest/outlets.tsv</c>). Only listed keys count: a guess
/// from an unknown slug would print a made-up outlet beside every quote.
/// </summary>
public sealed class OutletDirectory
{
    private readonly Dictionary<string, string> _byKey;

    private OutletDirectory(Dictionary<string, string> byKey) => _byKey = byKey;

    public static OutletDirectory Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>Parses the TSV (header <c>key outlet</c>, <c>#</c> comments); a malformed row is reported with its line.</summary>
    public static OutletDirectory Parse(string tsv)
    {
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sawHeader = false;
        foreach (var row in TsvRow.Read("outlets.tsv", tsv, 2, 2))
        {
            if (row.Cell(0).Length == 0 || row.Cell(1).Length == 0) throw row.Error("expected 'key<TAB>outlet', with neither empty");
            if (!sawHeader) { sawHeader = true; continue; }
            byKey[row.Cell(0)] = row.Cell(1);
        }
        return new OutletDirectory(byKey);
    }

    /// <summary>The document itself when it names its outlet or is an item split out of a page; else with the guessed outlet, if any.</summary>
    public Document Complete(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Outlet) || document.ParentId is not null) return document;
        var outlet = Guess(document.Url, document.Origin);
        return outlet is null ? document : document with { Outlet = outlet };
    }

    public string? Guess(string? url, string origin) =>
        FromHost(url) ?? FromHost(origin) ?? FromFileName(origin);

    private string? FromHost(string? address)
    {
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || !uri.Scheme.StartsWith("http", StringComparison.Ordinal))
            return null;
        // news.sky.com, then sky.com: the most specific listed domain wins.
        var host = uri.Host;
        while (true)
        {
            if (_byKey.TryGetValue(host, out var outlet)) return outlet;
            var dot = host.IndexOf('.');
            if (dot < 0 || host.IndexOf('.', dot + 1) < 0) return null;
            host = host[(dot + 1)..];
        }
    }

    private string? FromFileName(string origin)
    {
        var name = Path.GetFileName(origin.TrimEnd('/', '\\'));
        var end = name.AsSpan().IndexOfAny("-_.0123456789");
        var slug = end < 0 ? name : name[..end];
        return slug.Length > 0 && _byKey.TryGetValue(slug, out var outlet) ? outlet : null;
    }
}
