using Casus.Ingest.Dates;

namespace Casus.Ingest.Tests.Dates;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2025-06-17", 2025, 6, 17, false)]
    [InlineData("2022-10 (approx.; the piece covers a fortnight of talks)", 2022, 10, 1, true)]
    [InlineData("2025-04-08 (approx.; a note)", 2025, 4, 8, true)]
    [InlineData("2024", 2024, 1, 1, true)]
    [InlineData("17 June 2025", 2025, 6, 17, false)]
    public void Header_dates_parse_with_their_precision(string value, int y, int m, int d, bool approximate) =>
        Assert.Equal(new StatedDate(new DateOnly(y, m, d), approximate), DateText.ParseHeader(value));

    [Theory]
    [InlineData("9999-99-99")]
    [InlineData("2025-02-30")]
    [InlineData("yesterday")]
    public void Impossible_header_dates_are_null(string value) => Assert.Null(DateText.ParseHeader(value));

    [Theory]
    [InlineData("Tue, 17 Jun 2025 09:00:00 GMT", 2025, 6, 17)]
    [InlineData("2025-06-17T23:30:00-05:00", 2025, 6, 17)]
    public void Feed_dates_parse_rfc822_and_iso(string value, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DateText.FromFeed(value));

    [Theory]
    [InlineData("rnz-2025-06-21-iran-allies-aggregator-page.txt", "2025-06-21")]
    [InlineData("/a/b/2031-01-05.html", "2031-01-05")]
    [InlineData("report-2025-13-45-x.txt", null)]
    [InlineData("no-date.txt", null)]
    public void File_name_dates_are_a_fallback_only_when_real(string name, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FileNameDate.From(name));

    [Theory]
    [InlineData("timean hour ago", 0)]
    [InlineData("RNZ News6 hours ago", 0)]
    [InlineData("3 days ago", 3)]
    public void Relative_ages_resolve_against_the_page_date(string phrase, int daysBack) =>
        Assert.Equal(new DateOnly(2025, 6, 21).AddDays(-daysBack), RelativeAge.Resolve(phrase, new DateOnly(2025, 6, 21)));
}
