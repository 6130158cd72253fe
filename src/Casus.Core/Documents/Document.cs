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
        var before = DocumentText.NormaliseBefore2026_12(text);
        // Earlier identity (spacing folded, no canonical composition); most texts compose to themselves.
        var spaced = DocumentText.FoldSpacing(before);
        var composed = CanonicalComposition.Compose(before);
        var normalised = ReferenceEquals(composed, before) ? spaced : DocumentText.FoldSpacing(composed);
        if (normalised.Length == 0) throw new ArgumentException("A document needs text.");
        var id = DocumentText.Hash(normalised);
        // Newest first: before canonical composition (spacing folded), then before spacing was folded. Most texts
        // need neither, and are then hashed once.
        var legacy = new List<string>(2);
        if (!ReferenceEquals(spaced, normalised) && spaced != normalised) legacy.Add(DocumentText.Hash(spaced));
        if (!ReferenceEquals(before, spaced) && before != spaced) legacy.Add(DocumentText.Hash(before));
        return new Document(id, normalised, title, outlet, author, date, url, origin, parentId)
        {
            LegacyIds = legacy.Where(l => l != id).Distinct(StringComparer.Ordinal).ToArray(),
        };
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

    // The horizontal spaces other than ' ' that FoldSpacing turns into ' '.
    private static readonly System.Buffers.SearchValues<char> OtherSpaces = System.Buffers.SearchValues.Create(
        "\t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000");

    /// <summary>Spacing folded so that the same article copied with non-breaking or doubled spaces is the same text:
    /// every horizontal space character (NBSP, thin, ideographic, tab) is a space, a run of spaces inside a line is
    /// one, a line ends at its last visible character; a line's leading indentation is kept (it is layout). Trimmed.</summary>
    public static string FoldSpacing(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        // Nothing to fold (the usual case): no other space character, no run of two spaces and no
        // space before a line break (which covers trailing spaces and space-only lines); the text
        // is trimmed. The loop below would return the same characters.
        if ((s.Length == 0 || (!char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1]))) && s.AsSpan().IndexOfAny(OtherSpaces) < 0 && !s.Contains("  ", StringComparison.Ordinal) && !s.Contains(" \n", StringComparison.Ordinal))
            return s;
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
