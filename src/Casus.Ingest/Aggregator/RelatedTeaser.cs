using System.Text.RegularExpressions;

namespace Casus.Ingest.Aggregator;

/// <summary>
/// A teaser flattens the related article's lead picture and byline into its first line:
/// "caption. Photo: AFP / NAME By A , B and C , Reuters The story…". This strips that furniture so the
/// teaser starts at the story, and returns the byline's names as the author.
/// </summary>
internal static partial class RelatedTeaser
{
    private const int MaxCaptionLength = 400;
    private const string Photo = "Photo:";

    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{Lu}.'’-]*|/)(?:\s+|$))+")]
    private static partial Regex Credit();

    [GeneratedRegex(@"^[Bb]y\s+(?<names>(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:,|and)\s+)+)\p{Lu}\p{L}*\s+")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s+,\s+|\s+and\s+$|\s+,$")]
    private static partial Regex NameSeparators();

    public static (string Text, string? Author) Clean(string teaser)
    {
        var s = teaser.Trim();
        if (s.EndsWith(Photo, StringComparison.Ordinal)) s = s[..^Photo.Length].TrimEnd();
        var at = s.IndexOf(Photo, StringComparison.Ordinal);
        if (at < 0 || at > MaxCaptionLength) return (s, null);

        var rest = s[(at + Photo.Length)..].TrimStart();
        rest = rest[Credit().Match(rest).Length..];
        string? author = null;
        var byline = Byline().Match(rest);
        if (byline.Success)
        {
            author = NameSeparators().Replace(byline.Groups["names"].Value.Trim(), m => m.Value.Trim() == "," ? ", " : "").Trim().TrimEnd(',');
            rest = rest[byline.Length..];
        }
        return (rest.Trim(), author);
    }
}
