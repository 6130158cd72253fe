using System.Globalization;
using System.Text.RegularExpressions;

namespace Casus.Ingest.Dates;

/// <summary>
/// The date written in a file name (<c>rnz-2025-06-21-iran.txt</c>, <c>2025-06-21.html</c>), used only as
/// a fallback when the content states no date. An impossible date in a name is ignored rather than
/// rejected: a file name is not a claim about the article.
/// </summary>
public static partial class FileNameDate
{
    [GeneratedRegex(@"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    public static DateOnly? From(string pathOrUrl)
    {
        var name = Path.GetFileName(pathOrUrl.TrimEnd('/', '\\'));
        foreach (Match m in IsoDate().Matches(name))
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        return null;
    }
}
