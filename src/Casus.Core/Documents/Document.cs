using System.Security.Cryptography;
using System.Text;

namespace Casus.Core.Documents;

/// <summary>
/// One article (or one dataset row group) as stored. Its identity is the hash of its normalised
/// text, so the same article ingested twice, from any path, is the same document.
/// </summary>
/// <param name="ParentId">For items split out of an aggregator page ("Related Articles"): the page's main document.</param>
/// <param name="Origin">Where it was read from: a path, URL or "starter:...".</param>
public sealed record Document(
    string Id,
    string Text,
    string? Title,
    string? Outlet,
    string? Author,
    DateOnly? Date,
    string? Url,
    string Origin,
    string? ParentId = null)
{
    public static Document Create(string text, string? title, string? outlet, string? author,
        DateOnly? date, string? url, string origin, string? parentId = null)
    {
        var normalised = DocumentText.Normalise(text);
        if (normalised.Length == 0) throw new ArgumentException("A document needs text.");
        return new Document(DocumentText.Hash(normalised), normalised, title, outlet, author, date, url, origin, parentId);
    }
}

/// <summary>Text normalisation shared by every reader, so hashes and offsets agree.</summary>
public static class DocumentText
{
    /// <summary>Line endings to \n, BOM and NULs dropped, trailing whitespace trimmed; Unicode NFC.</summary>
    public static string Normalise(string text)
    {
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\uFEFF", "").Replace("\0", "");
        s = s.Normalize(NormalizationForm.FormC);
        return s.Trim();
    }

    public static string Hash(string normalisedText)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
