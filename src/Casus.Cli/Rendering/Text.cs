using System.Globalization;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary>Small formatting helpers; everything from articles passes through <see cref="Safe"/>
/// because it is untrusted text for Spectre's markup.</summary>
public static class Text
{
    public static string Safe(string? text) => Markup.Escape(text ?? "");

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
