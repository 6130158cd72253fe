using System.Globalization;
using System.Text;

namespace Casus.Bench.Scale;

/// <summary>
/// Writes a GDELT 1.0 daily-export-shaped file (58 tab-separated columns, no header) with realistic
/// field contents and skew: about 40% of rows lack one actor's country (as in real exports), country
/// codes and event codes follow a Zipf-like popularity, every row has a geo block and a source URL.
/// Rows are ~330 bytes, close to the real files' average.
/// </summary>
public static class SyntheticGdelt
{
    private static readonly string[] Countries =
    [
        "USA", "GBR", "IND", "RUS", "CHN", "ISR", "PAK", "IRN", "SYR", "IRQ", "TUR", "AUS", "CAN", "FRA", "DEU", "EGY", "SAU", "NGA",
        "AFG", "UKR", "JPN", "KOR", "PRK", "PHL", "MEX", "BRA", "ZAF", "YEM", "LBN", "JOR", "ARE", "QAT", "ITA", "ESP", "POL", "KEN",
        "ETH", "SOM", "LBY", "SDN", "VEN", "COL", "IDN", "MYS", "THA", "VNM", "BGD", "LKA", "NPL", "AFR", "EUR", "WST", "MEA",
    ];

    private static readonly string[] EventCodes =
    [
        "010", "042", "043", "020", "051", "040", "190", "036", "173", "046", "112", "111", "057", "061", "071", "0831", "130", "138",
        "141", "163", "172", "180", "182", "183", "193", "195", "0233", "0311", "0314", "045", "062", "064", "072", "150", "154", "1041",
    ];

    public static void Write(string path, int rows, int seed = 7)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(512);
        var day = new DateOnly(2016, 7, 28);
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            var date = day.AddDays(-Zipf(random, 400));
            var c1 = random.Next(100) < 80 ? Countries[Zipf(random, Countries.Length)] : "";
            var c2 = random.Next(100) < 70 ? Countries[Zipf(random, Countries.Length)] : "";
            var code = EventCodes[Zipf(random, EventCodes.Length)];
            var goldstein = (random.Next(-100, 101) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
            var tone = (random.NextDouble() * 20 - 10).ToString("R", CultureInfo.InvariantCulture);
            var lat = (random.NextDouble() * 180 - 90).ToString("0.0000", CultureInfo.InvariantCulture);
            var lon = (random.NextDouble() * 360 - 180).ToString("0.0000", CultureInfo.InvariantCulture);
            string[] f =
            [
                (600000000 + i).ToString(CultureInfo.InvariantCulture), date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                date.ToString("yyyyMM", CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture),
                (date.Year + date.DayOfYear / 365.0).ToString("0.0000", CultureInfo.InvariantCulture),
                c1 + "GOV", c1.Length > 0 ? "GOVERNMENT OF " + c1 : "POLICE", c1, "", "", "", "", "GOV", "", "",
                c2 + "MIL", c2.Length > 0 ? "ARMED FORCES " + c2 : "CIVILIAN", c2, "", "", "", "", "MIL", "", "",
                random.Next(2).ToString(CultureInfo.InvariantCulture), code, code.Length > 3 ? code[..3] : code, code[..2],
                (1 + random.Next(4)).ToString(CultureInfo.InvariantCulture), goldstein, random.Next(1, 40).ToString(CultureInfo.InvariantCulture),
                random.Next(1, 8).ToString(CultureInfo.InvariantCulture), random.Next(1, 30).ToString(CultureInfo.InvariantCulture), tone,
                "4", "Capital City, Province, Country", c1.Length > 1 ? c1[..2] : "US", "XX01", lat, lon, "-1234567",
                "4", "Second City, Region, Country", c2.Length > 1 ? c2[..2] : "US", "XX02", lat, lon, "-7654321",
                "4", "Action Town, District, Country", "US", "XX03", lat, lon, "-1111111",
                "20160728", $"http://news.example.org/{date:yyyy/MM/dd}/story-{i}.html",
            ];
            writer.Write(string.Join('\t', f));
            writer.Write('\n');
        }
    }

    /// <summary>Index in [0, n) with probability ∝ 1/(k+1): a few codes dominate, as in real event data.</summary>
    private static int Zipf(Random random, int n)
    {
        var h = Math.Log(n + 1);
        return Math.Min(n - 1, (int)(Math.Exp(random.NextDouble() * h) - 1));
    }
}
