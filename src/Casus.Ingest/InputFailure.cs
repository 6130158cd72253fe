using Casus.Core;

namespace Casus.Ingest;

/// <summary>Builds the one-line <see cref="InputException"/> every reader throws: "ORIGIN: reason".</summary>
public static class InputFailure
{
    public static InputException Because(string origin, string reason) => new($"{OneLine(origin)}: {OneLine(reason)}");

    /// <summary>Control characters (newlines included) would split or garble the user's one line.</summary>
    public static string OneLine(string text)
    {
        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars).Trim();
        return line.Length <= 300 ? line : line[..297] + "...";
    }

    internal static string Megabytes(long bytes) => $"{bytes / (double)IngestOptions.Megabyte:0.#} MB";
}
