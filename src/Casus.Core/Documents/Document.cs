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
        var id = DocumentText.Hash(normalised);
        // Newest first: before canonical composition (spacing folded), then before spacing was folded.
        var before = DocumentText.NormaliseBefore2026_12(text);
        var legacy = new[] { DocumentText.Hash(DocumentText.FoldSpacing(before)), DocumentText.Hash(before) }
            .Where(l => l != id).Distinct(StringComparer.Ordinal).ToArray();
        return new Document(id, normalised, title, outlet, author, date, url, origin, parentId) { LegacyIds = legacy };
    }

    /// <summary>The first of <see cref="LegacyIds"/>; null when there is none.</summary>
    public string? LegacyId => LegacyIds.Count > 0 ? LegacyIds[0] : null;

    /// <summary>The ids this text had under earlier normalisations (before canonical composition; before spacing was
    /// folded into the identity): a database may hold the document under one of them, and re-ingesting it must still
    /// add nothing. Empty when they are all the same as <see cref="Id"/>.</summary>
    public IReadOnlyList<string> LegacyIds { get; init; } = [];
}

/// <summary>Text normalisation shared by every reader, so hashes and offsets agree.</summary>
public static class DocumentText
{
    /// <summary>Line endings to \n, BOM and NULs dropped, Unicode NFC (<see cref="CanonicalComposition"/>: "é" typed as
    /// one code point or as e + U+0301 is one text), and spacing folded (<see cref="FoldSpacing"/>), so that the same
    /// article copied another way is the same document (issue 16 item 9). The whole text is trimmed.</summary>
    public static string Normalise(string text) => FoldSpacing(CanonicalComposition.Compose(NormaliseBefore2026_12(text)));

    /// <summary>Spacing folded so that the same article copied with non-breaking or doubled spaces is the same text:
    /// every horizontal space character (NBSP, thin, ideographic, tab) is a space, a run of spaces inside a line is
    /// one, a line ends at its last visible character; a line's leading indentation is kept (it is layout). Trimmed.</summary>
    public static string FoldSpacing(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(s.Length);
        var lineStart = true;
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (c == '\n')
            {
                sb.Append('\n');
                lineStart = true;
                pendingSpace = false;
                continue;
            }
            if (c is ' ' or '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000')
            {
                if (lineStart) sb.Append(' ');
                else pendingSpace = true;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            lineStart = false;
            sb.Append(c);
        }
        // Lines made only of spaces become empty lines.
        var folded = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), "(?m)^ +$", "");
        return folded.Trim();
    }

    /// <summary>The normalisation documents were identified by before spacing was folded (kept for <see cref="Document.LegacyIds"/>).
    /// It called string.Normalize(FormC), which under InvariantGlobalization returns its input: leaving the call out
    /// keeps these ids exactly as they were.</summary>
    public static string NormaliseBefore2026_12(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\uFEFF", "").Replace("\0", "");
        return s.Trim();
    }

    public static string Hash(string normalisedText)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
