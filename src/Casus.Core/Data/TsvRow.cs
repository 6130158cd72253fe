namespace Casus.Core.Data;

/// <summary>One data line of a shipped TSV file (lexicons, outlets), remembering where it came from so that every
/// complaint about it can name the file and line.</summary>
public readonly record struct TsvRow(string File, int Line, string[] Cells)
{
    public string Cell(int index) => index < Cells.Length ? Cells[index].Trim() : "";

    public InputException Error(string reason) => new($"{File}:{Line}: {reason}");

    /// <summary>Splits a ` | `-separated cell into its trimmed, non-empty parts.</summary>
    public static IReadOnlyList<string> List(string cell) =>
        cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Data lines of a TSV text: comments (<c>#</c>) and blank lines skipped; each line
    /// must have between <paramref name="minColumns"/> and <paramref name="maxColumns"/> cells.</summary>
    public static IEnumerable<TsvRow> Read(string file, string text, int minColumns, int maxColumns)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (lineNumber == 1) line = line.TrimStart('\uFEFF');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < minColumns || cells.Length > maxColumns)
            {
                var expected = minColumns == maxColumns ? $"{minColumns}" : $"{minColumns} to {maxColumns}";
                throw new InputException($"{file}:{lineNumber}: expected {expected} tab-separated columns, found {cells.Length}");
            }
            yield return new TsvRow(file, lineNumber, cells);
        }
    }
}
