using System.Globalization;

namespace Casus.Present.Exports;

/// <summary>
/// RFC 4180 cells. Text cells carry untrusted article text, so a cell that a spreadsheet would
/// run as a formula (= + - @, tab, CR) gets a leading apostrophe (OWASP's CSV-injection advice).
/// Numbers we produce ourselves are written as they are.
/// </summary>
internal static class CsvCell
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny("\",\n\r") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Writes one record terminated by CRLF, as RFC 4180 asks.</summary>
    public static void Row(TextWriter writer, params string[] cells)
    {
        writer.Write(string.Join(',', cells));
        writer.Write("\r\n");
    }
}
